import type { PatientCase } from './caseTypes';

export const visser: PatientCase = {
  bsn: '999990020',
  person: {
    family: 'Visser',
    given: 'Fatima',
    initials: 'F.',
    birthDate: '1988-07-21',
    gender: 'F',
    address: {
      street: 'Keizer Karelweg',
      houseNumber: '210',
      postalCode: '1185 HT',
      city: 'Amstelveen',
    },
  },
  teaches: {
    nl: 'Bezwaar bij de huisarts, toestemming bij de apotheek: geen huisartsgegevens (ook niet in nood), wel medicatie.',
    en: 'Objection at the GP, consent at the pharmacy: no GP data (not even in an emergency), but medication.',
  },
  gp: {
    source: 'hap-gp-amstelveen',
    consent: 'objection',
    record: {
      episodes: [{ title: 'Migraine', icpc: 'N89', display: 'Migraine', since: 2000 }],
      contacts: [
        {
          ago: 30,
          icpc: [['N89', 'Migraine']],
          soep: [
            ['S', 'Frequentere aanvallen.'],
            ['P', 'Hoofdpijndagboek.'],
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
          drug: 'ibuprofen',
          ago: 30,
          days: 30,
          quantity: 30,
          dosage: 'zo nodig 3 maal per dag 1 tablet',
        },
        { drug: 'sildenafil', ago: 300, days: 30, quantity: 4, dosage: 'volgens afspraak' },
      ],
    },
  ],
};
