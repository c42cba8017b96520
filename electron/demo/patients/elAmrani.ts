import type { PatientCase } from './caseTypes';

const now = new Date();
/** Always four years old: a child stays a child whatever day the demo runs. */
const birthYear = now.getFullYear() - 4;

export const elAmrani: PatientCase = {
  bsn: '999990081',
  person: {
    family: 'Amrani',
    prefix: 'El',
    given: 'Noah',
    initials: 'N.',
    birthDate: `${birthYear}-01-15`,
    gender: 'M',
    address: { street: 'Wilgenlaan', houseNumber: '2', postalCode: '1422 AK', city: 'Uithoorn' },
  },
  teaches: {
    nl: 'Een kind van vier: toestemming via de ouders; doseringen per kilogram, gewicht staat bij de metingen.',
    en: 'A four-year-old: consent through the parents; doses per kilogram, the weight is in the measurements.',
  },
  gp: {
    source: 'hap-gp-uithoorn',
    consent: 'consent',
    record: {
      episodes: [
        { title: 'Astma bij kinderen', icpc: 'R96', display: 'Astma', since: 500, attention: true },
      ],
      contacts: [
        {
          ago: 12,
          icpc: [['R96', 'Astma']],
          soep: [
            ['S', 'Moeder: sinds 2 dagen piepen en hoesten.'],
            ['O', 'Verlengd exspirium, geen intrekkingen, sat 96%, 17 kg.'],
            ['E', 'Astma-exacerbatie, mild.'],
            ['P', 'Salbutamol met voorzetkamer, 4dd 2 pufjes.'],
          ],
          rx: [
            {
              drug: 'salbutamolKind',
              dosage: '4 maal per dag 2 pufjes via voorzetkamer',
              days: 14,
              quantity: 1,
            },
          ],
        },
      ],
      measurements: [{ code: '2226', display: 'gewicht', value: 17, unit: 'kg', ago: 12 }],
    },
  },
  pharmacies: [
    {
      source: 'apo-uithoorn',
      consent: 'consent',
      dispenses: [
        {
          drug: 'salbutamolKind',
          ago: 12,
          days: 14,
          quantity: 1,
          dosage: '4 maal per dag 2 pufjes via voorzetkamer',
        },
        {
          drug: 'paracetamolZetpil',
          ago: 90,
          days: 5,
          quantity: 10,
          dosage: 'zo nodig 3 maal per dag 1 zetpil',
        },
      ],
    },
  ],
};
