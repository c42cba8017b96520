import type { PatientCase } from './caseTypes';

export const bos: PatientCase = {
  bsn: '999990135',
  person: {
    family: 'Bos',
    given: 'Erik',
    initials: 'E.',
    birthDate: '1972-06-30',
    gender: 'M',
    address: { street: 'Kleverparkweg', houseNumber: '9', postalCode: '2023 CA', city: 'Haarlem' },
  },
  teaches: {
    nl: 'Patiënt uit Haarlem op de HAP Amstelland: landelijk geen probleem; met de regioregeling aan (vóór 2022) geen gegevens.',
    en: 'A Haarlem patient at the Amstelland GP post: fine nationally; with the regional regime on (before 2022) no data.',
  },
  gp: {
    source: 'hap-gp-haarlem',
    consent: 'consent',
    record: {
      episodes: [
        { title: 'Epilepsie', icpc: 'N88', display: 'Epilepsie', since: 5000, attention: true },
      ],
      contacts: [
        {
          ago: 33,
          icpc: [['N88', 'Epilepsie']],
          soep: [
            ['S', 'Aanvalsvrij.'],
            ['P', 'Medicatie continueren.'],
          ],
        },
      ],
    },
  },
  pharmacies: [
    {
      source: 'apo-haarlem',
      consent: 'consent',
      dispenses: [
        { drug: 'foliumzuur', ago: 33, days: 90, quantity: 90, dosage: '1 maal per dag 1 tablet' },
      ],
    },
  ],
};
