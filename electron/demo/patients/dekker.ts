import type { PatientCase } from './caseTypes';

export const dekker: PatientCase = {
  bsn: '999990172',
  person: {
    family: 'Dekker',
    given: 'Gerrit',
    initials: 'G.',
    birthDate: '1946-05-19',
    gender: 'M',
    address: {
      street: 'Dorpsstraat',
      houseNumber: '88',
      postalCode: '1182 JE',
      city: 'Amstelveen',
    },
  },
  teaches: {
    nl: 'Suf na een val, kan zijn wil niet uiten, geen keuze vastgelegd: onder de crisisregeling "kan wil niet uiten" met een reden, dan de samenvatting.',
    en: 'Drowsy after a fall, cannot express a will, no choice recorded: under the crisis regime answer "cannot express a will" with a reason, then the summary.',
  },
  gp: {
    source: 'hap-gp-amstelveen',
    consent: 'no-choice',
    record: {
      episodes: [
        { title: 'Atriumfibrilleren', icpc: 'K78', display: 'Atriumfibrilleren', since: 1500, attention: true },
        { title: 'Beginnende dementie', icpc: 'P70', display: 'Dementie', since: 700, attention: true },
      ],
      contacts: [
        {
          ago: 60,
          type: '01',
          icpc: [['P70', 'Dementie']],
          soep: [
            ['S', 'Echtgenote: vaker verward in de avond.'],
            ['E', 'Dementie, thuis nog redelijk te doen.'],
            ['P', 'Casemanager dementie ingeschakeld.'],
          ],
        },
      ],
    },
  },
  pharmacies: [
    {
      source: 'apo-linde',
      consent: 'no-choice',
      dispenses: [
        { drug: 'acenocoumarol', ago: 10, days: 90, quantity: 100, dosage: 'volgens schema trombosedienst' },
      ],
    },
  ],
};
