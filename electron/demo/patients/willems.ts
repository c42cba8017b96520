import type { PatientCase } from './caseTypes';

export const willems: PatientCase = {
  bsn: '999990160',
  person: {
    family: 'Willems',
    given: 'Henk',
    initials: 'H.J.',
    birthDate: '1951-10-03',
    gender: 'M',
    address: {
      street: 'Stationsstraat',
      houseNumber: '12',
      postalCode: '1421 AB',
      city: 'Uithoorn',
    },
  },
  teaches: {
    nl: 'Het huisartssysteem is onbereikbaar: de samenvatting ontbreekt met een foutmelding, de medicatie komt wel; "niet beschikbaar" is niet "niets bekend".',
    en: 'The GP system is down: the summary is missing with an error, the medication arrives; "unavailable" is not "nothing known".',
  },
  gp: {
    source: 'hap-gp-uithoorn',
    consent: 'consent',
    behaviour: 'error',
    record: {
      episodes: [
        { title: 'Hartfalen', icpc: 'K77', display: 'Decompensatio cordis', since: 900, attention: true },
      ],
      contacts: [
        {
          ago: 20,
          icpc: [['K77', 'Decompensatio cordis']],
          soep: [
            ['S', 'Iets meer oedeem enkels, niet kortademig.'],
            ['O', 'Gewicht 2 kg hoger dan vorige maand.'],
            ['P', 'Furosemide tijdelijk verhoogd, controle over een week.'],
          ],
        },
      ],
    },
  },
  pharmacies: [
    {
      source: 'apo-uithoorn',
      consent: 'consent',
      dispenses: [
        { drug: 'furosemide', ago: 20, days: 30, quantity: 60, dosage: '2 maal per dag 1 tablet' },
        { drug: 'metoprolol', ago: 40, days: 90, quantity: 90, dosage: '1 maal per dag 1 tablet' },
        { drug: 'simvastatine', ago: 40, days: 90, quantity: 90, dosage: '1 maal per dag 1 tablet' },
      ],
    },
  ],
};
