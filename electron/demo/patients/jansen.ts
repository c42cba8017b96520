import type { PatientCase } from './caseTypes';

export const jansen: PatientCase = {
  bsn: '999990007',
  person: {
    family: 'Jansen',
    given: 'Wilhelmina',
    initials: 'W.',
    birthDate: '1956-03-14',
    gender: 'F',
    address: {
      street: 'Stationsstraat',
      houseNumber: '12',
      postalCode: '1181 AA',
      city: 'Amstelveen',
    },
  },
  teaches: {
    nl: 'Toestemming overal: huisarts en drie apotheken leveren; zo ziet een volledig antwoord eruit. De apotheek leverde metformine met een andere dosering dan de huisarts voorschreef.',
    en: 'Consent everywhere: the GP and three pharmacies answer; this is what a complete answer looks like. The pharmacy dispensed metformin with another dose than the GP prescribed.',
  },
  gp: {
    source: 'hap-gp-amstelveen',
    consent: 'consent',
    record: {
      episodes: [
        {
          title: 'Diabetes mellitus type 2',
          icpc: 'T90.02',
          display: 'Diabetes mellitus type 2',
          since: 2900,
          attention: true,
        },
        {
          title: 'Hypertensie',
          icpc: 'K86',
          display: 'Hypertensie zonder orgaanbeschadiging',
          since: 3400,
        },
        {
          title: 'Urineweginfectie',
          icpc: 'U71',
          display: 'Cystitis/urineweginfectie',
          since: 400,
          closed: 390,
        },
      ],
      contacts: [
        {
          ago: 20,
          icpc: [['T90.02', 'Diabetes mellitus type 2']],
          soep: [
            ['S', 'DM-controle. Geen klachten, geen hypo’s.'],
            ['O', 'RR 138/82, gewicht 81 kg. Voeten: sensibiliteit intact.'],
            ['E', 'DM2 redelijk gereguleerd.'],
            ['P', 'Beleid ongewijzigd, lab over 3 maanden.'],
          ],
          rx: [{ drug: 'metformine', dosage: '2 maal per dag 1 tablet', days: 90, quantity: 180 }],
        },
        {
          ago: 75,
          type: '04',
          icpc: [['K86', 'Hypertensie']],
          soep: [
            ['S', 'Belt over thuismetingen, gemiddeld 135/80.'],
            ['P', 'Geen wijziging.'],
          ],
        },
        {
          ago: 200,
          icpc: [['T90.02', 'Diabetes mellitus type 2']],
          soep: [
            ['S', 'Jaarcontrole DM.'],
            ['O', 'HbA1c 53 mmol/mol.'],
            ['P', 'Metformine continueren.'],
          ],
        },
      ],
      measurements: [
        {
          code: '2307',
          display: 'HbA1c (IFCC)',
          value: 53,
          unit: 'mmol/mol',
          ago: 22,
          range: '20-53',
        },
        { code: '1742', display: 'systolische bloeddruk', value: 138, unit: 'mm[Hg]', ago: 20 },
      ],
      attention: [],
    },
  },
  pharmacies: [
    {
      source: 'apo-linde',
      consent: 'consent',
      dispenses: [
        // The pharmacy's label differs from the GP's prescription: a dose to check with the patient.
        { drug: 'metformine', ago: 18, days: 90, quantity: 270, dosage: '3 maal per dag 1 tablet' },
        { drug: 'amlodipine', ago: 40, days: 90, quantity: 90, dosage: '1 maal per dag 1 tablet' },
      ],
    },
    {
      source: 'apo-zuid',
      consent: 'consent',
      dispenses: [
        {
          drug: 'paracetamol',
          ago: 60,
          days: 10,
          quantity: 20,
          dosage: 'zo nodig 3 maal per dag 2 tabletten',
        },
      ],
    },
    {
      source: 'apo-uithoorn',
      consent: 'consent',
      dispenses: [
        { drug: 'claritine', ago: 120, days: 30, quantity: 30, dosage: '1 maal per dag 1 tablet' },
      ],
    },
  ],
};
