import type { DispenseSpec, PatientCase } from './caseTypes';

const at = (source: 'linde' | 'zuid', list: DispenseSpec[]) => ({ source, list });
const linde = at('linde', [
  {
    drug: 'acenocoumarol',
    ago: 20,
    days: 90,
    quantity: 100,
    dosage: 'volgens schema trombosedienst',
  },
  { drug: 'metoprolol', ago: 20, days: 90, quantity: 90, dosage: '1 maal per dag 1 tablet' },
  { drug: 'furosemide', ago: 20, days: 90, quantity: 90, dosage: '1 maal per dag 1 tablet' },
  // Dose raised by the cardiologist while the first supply still runs: the same pharmacy, two
  // dosages at once, which the screen flags as an overlapping use period (the trainee checks which).
  {
    drug: 'furosemide',
    ago: 6,
    days: 30,
    quantity: 60,
    dosage: '2 maal per dag 1 tablet',
    prescriber: 'Cardioloog (demo)',
  },
  {
    drug: 'simvastatine',
    ago: 20,
    days: 90,
    quantity: 90,
    dosage: '1 maal per dag 1 tablet, avond',
  },
  { drug: 'omeprazolAuro', ago: 20, days: 90, quantity: 90, dosage: '1 maal per dag 1 capsule' },
  {
    drug: 'levothyroxine',
    ago: 20,
    days: 90,
    quantity: 90,
    dosage: '1 maal per dag 1 tablet, nuchter',
  },
  { drug: 'alendronine', ago: 20, days: 84, quantity: 12, dosage: '1 maal per week 1 tablet' },
  { drug: 'macrogol', ago: 20, days: 30, quantity: 30, dosage: '1 maal per dag 1 sachet' },
  {
    drug: 'trusopt',
    ago: 20,
    days: 30,
    quantity: 1,
    dosage: '2 maal per dag 1 druppel in beide ogen',
  },
  { drug: 'paracetamol', ago: 20, days: 30, quantity: 90, dosage: '3 maal per dag 1 tablet' },
]);
const zuid = at('zuid', [
  {
    drug: 'omeprazolMylan',
    ago: 8,
    days: 30,
    quantity: 30,
    dosage: '1 maal per dag 1 capsule',
    prescriber: 'MDL-arts (demo)',
  },
  { drug: 'oxazepam', ago: 8, days: 14, quantity: 14, dosage: 'zo nodig voor de nacht 1 tablet' },
  { drug: 'tamsulosine', ago: 8, days: 30, quantity: 30, dosage: '1 maal per dag 1 capsule' },
  { drug: 'amlodipine', ago: 8, days: 30, quantity: 30, dosage: '1 maal per dag 1 tablet' },
  { drug: 'ascal', ago: 8, days: 30, quantity: 30, dosage: '1 maal per dag 1 tablet' },
]);

export const deGroot: PatientCase = {
  bsn: '999990068',
  person: {
    family: 'Groot',
    prefix: 'de',
    given: 'Geertruida',
    initials: 'G.',
    birthDate: '1940-02-11',
    gender: 'F',
    address: {
      street: 'Populierenlaan',
      houseNumber: '19',
      postalCode: '1185 XS',
      city: 'Amstelveen',
    },
  },
  teaches: {
    nl: 'Vijftien middelen bij twee apotheken: omeprazol bij beide (dubbelmedicatie), furosemide bij één apotheek in twee doseringen tegelijk (overlappende gebruiksperiode), en acenocoumarol (hoog risico) met acetylsalicylzuur.',
    en: 'Fifteen medicines at two pharmacies: omeprazole at both (duplicate), furosemide at one pharmacy in two dosages at once (overlapping use period), and acenocoumarol (high risk) with aspirin.',
  },
  gp: {
    source: 'hap-gp-amstelveen',
    consent: 'consent',
    record: {
      episodes: [
        { title: 'Atriumfibrilleren', icpc: 'K78', since: 2000, attention: true },
        { title: 'Hartfalen', icpc: 'K77', since: 900, attention: true },
        { title: 'Osteoporose', icpc: 'L95', since: 1500 },
        { title: 'Glaucoom', icpc: 'F93', since: 2600 },
      ],
      contacts: [
        {
          ago: 10,
          type: '04',
          icpc: [['D84', 'Oesofagusaandoening']],
          soep: [
            ['S', 'Dochter belt: maagpijn, door MDL-arts omeprazol gekregen.'],
            ['P', 'Medicatiereview bij apotheek aangevraagd.'],
          ],
        },
        { ago: 80, type: '10', soep: [['P', 'Herhaalrecepten verstrekt.']] },
      ],
      measurements: [
        {
          code: '3583',
          display: 'eGFR (CKD-EPI)',
          value: 41,
          unit: 'mL/min/1.73m2',
          ago: 60,
          range: '60-120',
        },
      ],
    },
  },
  pharmacies: [
    { source: 'apo-linde', consent: 'consent', dispenses: linde.list },
    { source: 'apo-zuid', consent: 'consent', dispenses: zuid.list },
  ],
};
