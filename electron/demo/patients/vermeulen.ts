import type { PatientCase } from './caseTypes';

export const vermeulen: PatientCase = {
  bsn: '999990147',
  person: {
    family: 'Vermeulen',
    given: 'Anna',
    initials: 'A.M.',
    birthDate: '1983-10-10',
    gender: 'F',
    address: {
      street: 'Poortwachter',
      houseNumber: '15',
      postalCode: '1181 ZZ',
      city: 'Amstelveen',
    },
  },
  teaches: {
    nl: 'De triagist vraagt op onder verantwoordelijkheid van de dienstdoende huisarts; één apotheek geeft een foutmelding.',
    en: 'The triagist queries under the on-duty GP’s responsibility; one pharmacy reports an error.',
  },
  gp: {
    source: 'hap-gp-amstelveen',
    consent: 'consent',
    record: {
      episodes: [{ title: 'Zwangerschap', icpc: 'W78', display: 'Zwangerschap', since: 150 }],
      contacts: [
        {
          ago: 21,
          type: '04',
          icpc: [['W78', 'Zwangerschap']],
          soep: [
            ['S', 'Misselijk, braakt 2x per dag, drinkt goed.'],
            ['P', 'Adviezen; bij uitdroging terugbellen.'],
          ],
        },
      ],
      conditions: [
        { type: 'intolerance', code: '35', display: 'PENICILLINES (huiduitslag)', since: 3000 },
      ],
    },
  },
  pharmacies: [
    {
      source: 'apo-linde',
      consent: 'consent',
      dispenses: [
        { drug: 'foliumzuur', ago: 140, days: 90, quantity: 90, dosage: '1 maal per dag 1 tablet' },
      ],
    },
    {
      source: 'apo-zuid',
      consent: 'consent',
      behaviour: 'error',
      dispenses: [
        {
          drug: 'xpraep',
          ago: 21,
          days: 10,
          quantity: 100,
          dosage: 'zo nodig 3 maal per dag 5 ml',
        },
      ],
    },
  ],
};
