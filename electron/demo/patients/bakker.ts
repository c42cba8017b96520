import type { PatientCase } from './caseTypes';

export const bakker: PatientCase = {
  bsn: '999990032',
  person: {
    family: 'Bakker',
    given: 'Pieter',
    initials: 'P.J.',
    birthDate: '1961-01-30',
    gender: 'M',
    address: {
      street: 'Laan van Langerhuize',
      houseNumber: '5',
      postalCode: '1186 DS',
      city: 'Amstelveen',
    },
  },
  teaches: {
    nl: 'Drie apotheken, één antwoordt niet op tijd: het antwoord is onvolledig en zegt dat; "niet beschikbaar" is niet "geen medicatie".',
    en: 'Three pharmacies, one does not answer in time: the answer is partial and says so; "unavailable" is not "no medication".',
  },
  gp: {
    source: 'hap-gp-amstelveen',
    consent: 'consent',
    record: {
      episodes: [
        { title: 'COPD', icpc: 'R95', display: 'Emfyseem/COPD', since: 2500, attention: true },
      ],
      contacts: [
        {
          ago: 9,
          icpc: [['R95', 'COPD']],
          soep: [
            ['S', 'Meer sputum, geel.'],
            ['O', 'Verlengd exspirium, sat 93%.'],
            ['E', 'COPD-exacerbatie.'],
            ['P', 'Prednisolon 30 mg 5 dagen.'],
          ],
          rx: [{ drug: 'prednisolon', dosage: '1 maal per dag 1 tablet', days: 5, quantity: 5 }],
        },
      ],
    },
  },
  pharmacies: [
    {
      source: 'apo-linde',
      consent: 'consent',
      dispenses: [
        { drug: 'spiriva', ago: 35, days: 90, quantity: 90, dosage: '1 maal per dag 1 inhalatie' },
      ],
    },
    {
      source: 'apo-zuid',
      consent: 'consent',
      dispenses: [
        { drug: 'prednisolon', ago: 9, days: 5, quantity: 5, dosage: '1 maal per dag 1 tablet' },
      ],
    },
    {
      source: 'apo-uithoorn',
      consent: 'consent',
      behaviour: 'timeout',
      dispenses: [
        {
          drug: 'salbutamol',
          ago: 50,
          days: 60,
          quantity: 1,
          dosage: 'zo nodig 4 maal per dag 1-2 inhalaties',
        },
      ],
    },
  ],
};
