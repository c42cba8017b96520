import type { PatientCase } from './caseTypes';

export const kok: PatientCase = {
  bsn: '999990123',
  person: {
    family: 'Kok',
    given: 'Lisa',
    initials: 'L.',
    birthDate: '1995-04-04',
    gender: 'F',
    address: {
      street: 'Amsterdamseweg',
      houseNumber: '300',
      postalCode: '1182 HE',
      city: 'Amstelveen',
    },
  },
  teaches: {
    nl: 'Niets aangemeld: een leeg antwoord betekent niet dat de patiënt weigerde; vraag het en kijk naar de toestemming per bron.',
    en: 'Nothing registered: an empty answer does not mean the patient refused; ask, and look at consent per source.',
  },
  gp: {
    source: 'hap-gp-amstelveen',
    consent: 'no-choice',
    record: {
      episodes: [],
      contacts: [
        {
          ago: 70,
          icpc: [['A04', 'Moeheid']],
          soep: [
            ['S', 'Moe sinds weken.'],
            ['P', 'Lab.'],
          ],
        },
      ],
    },
  },
  pharmacies: [
    {
      source: 'apo-zuid',
      consent: 'no-choice',
      dispenses: [
        {
          drug: 'paracetamol',
          ago: 70,
          days: 10,
          quantity: 20,
          dosage: 'zo nodig 3 maal per dag 1 tablet',
        },
      ],
    },
  ],
};
