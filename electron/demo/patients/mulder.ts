import type { PatientCase } from './caseTypes';

export const mulder: PatientCase = {
  bsn: '999990056',
  person: {
    family: 'Mulder',
    given: 'Sanne',
    initials: 'S.',
    birthDate: '1979-09-17',
    gender: 'F',
    address: { street: 'Bankrashof', houseNumber: '8', postalCode: '1183 NP', city: 'Amstelveen' },
  },
  teaches: {
    nl: 'Ernstige penicilline-allergie en een contra-indicatie: ze staan in de banner, bij huisarts én apotheek, vóór u iets voorschrijft.',
    en: 'A severe penicillin allergy and a contra-indication: they are in the banner, from the GP and the pharmacy, before you prescribe.',
  },
  gp: {
    source: 'hap-gp-amstelveen',
    consent: 'consent',
    record: {
      episodes: [
        {
          title: 'Anafylactische reactie op amoxicilline (2019)',
          icpc: 'A12',
          display: 'Allergie/allergische reactie NAO',
          since: 2400,
          closed: 2390,
          attention: true,
        },
        {
          title: 'Diabetes mellitus type 1',
          icpc: 'T90.01',
          display: 'Diabetes mellitus type 1',
          since: 6000,
          attention: true,
        },
      ],
      contacts: [
        {
          ago: 45,
          icpc: [['R74', 'Acute infectie bovenste luchtwegen']],
          soep: [
            ['S', 'Keelpijn, koorts.'],
            ['O', 'Geen beslag, Centor 1.'],
            ['E', 'Virale infectie.'],
            ['P', 'Geen antibiotica.'],
          ],
        },
      ],
      conditions: [
        { type: 'intolerance', code: '35', display: 'PENICILLINES (anafylaxie)', since: 2400 },
        { type: 'contra-indication', code: '190', display: 'DIABETES MELLITUS', since: 6000 },
      ],
    },
  },
  pharmacies: [
    {
      source: 'apo-zuid',
      consent: 'consent',
      dispenses: [
        {
          drug: 'novomix',
          ago: 20,
          days: 60,
          quantity: 10,
          dosage: '2 maal per dag volgens schema',
        },
        {
          drug: 'clarithromycine',
          ago: 400,
          days: 7,
          quantity: 14,
          dosage: '2 maal per dag 1 tablet',
        },
      ],
      conditions: [
        { type: 'intolerance', code: '35', display: 'PENICILLINES', since: 2400 },
        { type: 'contra-indication', code: '190', display: 'DIABETES MELLITUS', since: 6000 },
      ],
    },
  ],
};
