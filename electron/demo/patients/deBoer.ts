import type { PatientCase } from './caseTypes';

export const deBoer: PatientCase = {
  bsn: '999990019',
  person: {
    family: 'Boer',
    prefix: 'de',
    given: 'Hendrik',
    initials: 'H.',
    birthDate: '1949-11-02',
    gender: 'M',
    address: { street: 'Dorpsstraat', houseNumber: '3', postalCode: '1421 AB', city: 'Uithoorn' },
  },
  teaches: {
    nl: 'Geen keuze vastgelegd: normaal geen gegevens; onder de crisisregeling na mondelinge toestemming wel de samenvatting.',
    en: 'No choice recorded: normally no data; under the crisis regime, after verbal consent, the summary.',
  },
  gp: {
    source: 'hap-gp-uithoorn',
    consent: 'no-choice',
    record: {
      episodes: [
        {
          title: 'Atriumfibrilleren',
          icpc: 'K78',
          display: 'Boezemfibrilleren/-fladderen',
          since: 1500,
          attention: true,
        },
        {
          title: 'Hartfalen',
          icpc: 'K77',
          display: 'Decompensatio cordis',
          since: 700,
          attention: true,
        },
      ],
      contacts: [
        {
          ago: 14,
          type: '01',
          icpc: [['K77', 'Decompensatio cordis']],
          soep: [
            ['S', 'Visite: meer kortademig, enkels dikker.'],
            ['O', 'Crepitaties basaal beiderzijds, enkeloedeem ++.'],
            ['E', 'Toename hartfalen.'],
            ['P', 'Furosemide verhoogd naar 2dd 40 mg, weeg dagelijks, controle over 1 week.'],
          ],
          rx: [{ drug: 'furosemide', dosage: '2 maal per dag 1 tablet', days: 30, quantity: 60 }],
        },
        {
          ago: 100,
          icpc: [['K78', 'Boezemfibrilleren']],
          soep: [
            ['S', 'Controle AF.'],
            ['O', 'Pols irregulair 76/min.'],
            ['P', 'Acenocoumarol via trombosedienst.'],
          ],
        },
      ],
      measurements: [{ code: '2226', display: 'gewicht', value: 92, unit: 'kg', ago: 14 }],
    },
  },
  pharmacies: [
    {
      source: 'apo-uithoorn',
      consent: 'no-choice',
      dispenses: [
        {
          drug: 'acenocoumarol',
          ago: 25,
          days: 90,
          quantity: 100,
          dosage: 'volgens schema trombosedienst',
        },
        { drug: 'furosemide', ago: 13, days: 30, quantity: 60, dosage: '2 maal per dag 1 tablet' },
      ],
    },
  ],
};
