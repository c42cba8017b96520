import type { PatientCase } from './caseTypes';

export const hendriks: PatientCase = {
  bsn: '999990159',
  person: {
    family: 'Hendriks',
    given: 'Sanne',
    initials: 'S.',
    birthDate: '1979-02-11',
    gender: 'F',
    address: {
      street: 'Poortwachter',
      houseNumber: '31',
      postalCode: '1186 RH',
      city: 'Amstelveen',
    },
  },
  teaches: {
    nl: 'Toestemming bij de huisarts, bezwaar bij één apotheek: die apotheek wordt niet gevraagd; het medicatieoverzicht mist dus wat daar is verstrekt.',
    en: 'Consent at the GP, objection at one pharmacy: that pharmacy is not asked, so the medication overview lacks what it dispensed.',
  },
  gp: {
    source: 'hap-gp-amstelveen',
    consent: 'consent',
    record: {
      episodes: [
        { title: 'Depressieve stemming', icpc: 'P03', display: 'Depressieve gevoelens', since: 400 },
        { title: 'Hypothyreoïdie', icpc: 'T86', display: 'Hypothyreoïdie', since: 2400 },
      ],
      contacts: [
        {
          ago: 40,
          icpc: [['P03', 'Depressieve gevoelens']],
          soep: [
            ['S', 'Stemming iets beter, slaapt weer door.'],
            ['E', 'Depressieve klachten, in herstel.'],
            ['P', 'Gesprek POH-GGZ over vier weken.'],
          ],
        },
        {
          ago: 95,
          type: '04',
          icpc: [['T86', 'Hypothyreoïdie']],
          soep: [
            ['S', 'Uitslag TSH besproken.'],
            ['P', 'Levothyroxine ongewijzigd.'],
          ],
        },
      ],
      measurements: [
        { code: '1999', display: 'TSH', value: 2.1, unit: 'mU/l', ago: 96, range: '0.4-4.0' },
      ],
    },
  },
  pharmacies: [
    {
      source: 'apo-linde',
      consent: 'consent',
      dispenses: [
        { drug: 'levothyroxine', ago: 20, days: 90, quantity: 90, dosage: '1 maal per dag 1 tablet' },
      ],
    },
    {
      source: 'apo-zuid',
      consent: 'objection',
      dispenses: [
        { drug: 'oxazepam', ago: 25, days: 10, quantity: 10, dosage: 'zo nodig 1 tablet voor de nacht' },
      ],
    },
  ],
};
