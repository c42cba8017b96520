import type { ContactSpec, DispenseSpec, PatientCase } from './caseTypes';
import type { DrugId } from './drugs';
import { must } from '../must';

/** A long record for benchmarks: eight years of contacts every ten days, monthly dispenses. */
const problems: [string, string, string][] = [
  ['K86', 'Hypertensie', 'Controle bloeddruk.'],
  ['T90.02', 'Diabetes mellitus type 2', 'DM-controle.'],
  ['L03', 'Lage rugpijn', 'Rugpijn na tillen.'],
  ['R74', 'Infectie bovenste luchtwegen', 'Verkouden, keelpijn.'],
  ['P76', 'Depressie', 'Somberheid, slaapt slecht.'],
  ['S88', 'Contacteczeem', 'Jeuk aan de handen.'],
];
const contacts: ContactSpec[] = Array.from({ length: 300 }, (_, i) => {
  const [code, display, s] = must(problems[i % problems.length]);
  return {
    ago: 3 + i * 10,
    type: i % 7 === 0 ? '04' : '03',
    icpc: [[code, display]],
    soep: [
      ['S', `${s} (${i + 1})`],
      ['O', 'RR 142/86, pols 72 regulair. Verder geen afwijkingen.'],
      ['E', display],
      ['P', 'Uitleg gegeven, terugkomen bij verergering.'],
    ],
    rx:
      i % 5 === 0
        ? [{ drug: 'metformine', dosage: '2 maal per dag 1 tablet', days: 90, quantity: 180 }]
        : [],
  };
});
const chronic: DrugId[] = [
  'metformine',
  'simvastatine',
  'amlodipine',
  'metoprolol',
  'ascal',
  'omeprazolAuro',
];
const monthly = (offset: number): DispenseSpec[] =>
  Array.from({ length: 60 }, (_, m) => ({
    drug: must(chronic[(m + offset) % chronic.length]),
    ago: 5 + m * 30,
    days: 30,
    quantity: 30,
    dosage: '1 maal per dag 1 tablet',
  }));

export const vanDijk: PatientCase = {
  bsn: '999990093',
  person: {
    family: 'Dijk',
    prefix: 'van',
    given: 'Johannes',
    initials: 'J.',
    birthDate: '1952-08-08',
    gender: 'M',
    address: {
      street: 'Burgemeester Haspelslaan',
      houseNumber: '101',
      postalCode: '1181 NB',
      city: 'Amstelveen',
    },
  },
  teaches: {
    nl: 'Een groot dossier: alleen de laatste vier maanden journaal komen mee; ook dan moet het scherm snel en overzichtelijk blijven.',
    en: 'A large record: only the last four months of journal come along; even so the screen must stay fast and clear.',
  },
  gp: {
    source: 'hap-gp-amstelveen',
    consent: 'consent',
    record: {
      episodes: [
        ...problems.map(([icpc, title], i) => ({
          title,
          icpc,
          since: 2900 - i * 100,
          attention: i < 2,
        })),
        ...Array.from({ length: 24 }, (_, i) => ({
          title: `Afgesloten klacht ${i + 1}`,
          icpc: 'A97',
          since: 2800 - i * 100,
          closed: 2700 - i * 100,
        })),
      ],
      contacts,
      measurements: Array.from({ length: 40 }, (_, i) => ({
        code: '1742',
        display: 'systolische bloeddruk',
        value: 130 + (i % 20),
        unit: 'mm[Hg]',
        ago: 3 + i * 30,
      })),
    },
  },
  pharmacies: [
    { source: 'apo-linde', consent: 'consent', dispenses: monthly(0) },
    { source: 'apo-zuid', consent: 'consent', dispenses: monthly(2) },
    { source: 'apo-uithoorn', consent: 'consent', dispenses: monthly(4) },
  ],
};
