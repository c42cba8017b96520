import type { PatientCase } from './caseTypes';

export const peters: PatientCase = {
  bsn: '999990111',
  person: {
    family: 'Peters',
    given: 'Ahmed',
    initials: 'A.',
    birthDate: '1967-12-01',
    gender: 'M',
    address: {
      street: 'Spaarnelaan',
      houseNumber: '70',
      postalCode: '1181 PC',
      city: 'Amstelveen',
    },
  },
  teaches: {
    nl: 'Op de SEH: de SEH-arts ziet de medicatie (acenocoumarol!) maar buiten de crisisregeling niet de huisartssamenvatting.',
    en: 'At the emergency department: the SEH physician sees the medication (acenocoumarol!) but, outside the crisis regime, not the GP summary.',
  },
  gp: {
    source: 'hap-gp-amstelveen',
    consent: 'consent',
    record: {
      episodes: [
        {
          title: 'Kunstklep aortapositie',
          icpc: 'K83',
          display: 'Niet-reumatische klepaandoening',
          since: 1800,
          attention: true,
        },
      ],
      contacts: [
        {
          ago: 55,
          icpc: [['K83', 'Klepaandoening']],
          soep: [
            ['S', 'Controle, geen klachten.'],
            ['P', 'INR via trombosedienst.'],
          ],
        },
      ],
    },
  },
  pharmacies: [
    {
      source: 'apo-linde',
      consent: 'consent',
      dispenses: [
        {
          drug: 'acenocoumarol',
          ago: 15,
          days: 90,
          quantity: 100,
          dosage: 'volgens schema trombosedienst',
        },
        { drug: 'metoprolol', ago: 15, days: 90, quantity: 90, dosage: '1 maal per dag 1 tablet' },
      ],
    },
  ],
};
