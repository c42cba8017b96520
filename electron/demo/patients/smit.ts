import type { PatientCase } from './caseTypes';
import { must } from '../must';

export const smit: PatientCase = {
  bsn: '999990044',
  person: {
    family: 'Smit',
    given: 'Cornelis',
    initials: 'C.',
    birthDate: '1937-05-09',
    gender: 'M',
    address: { street: 'Zonnehof', houseNumber: '44', postalCode: '1181 BB', city: 'Amstelveen' },
  },
  teaches: {
    nl: 'Een behandelgrens (niet reanimeren) staat in de attentietekst: die hoort bovenaan, vóór al het andere.',
    en: 'A treatment limit (do not resuscitate) is in the attention note: it belongs at the top, before everything else.',
  },
  gp: {
    source: 'hap-gp-amstelveen',
    consent: 'consent',
    record: {
      episodes: [
        {
          title: 'Prostaatcarcinoom, gemetastaseerd',
          icpc: 'Y77',
          display: 'Maligniteit prostaat',
          since: 900,
          attention: true,
        },
        {
          title: 'Palliatieve zorg',
          icpc: 'A99',
          display: 'Andere ziekte/aandoening',
          since: 120,
          attention: true,
        },
      ],
      contacts: [
        {
          ago: 6,
          type: '01',
          icpc: [['Y77', 'Maligniteit prostaat']],
          soep: [
            ['S', 'Visite: meer pijn in de rug, slaapt veel.'],
            ['O', 'Cachectisch, alert.'],
            ['E', 'Progressieve pijn bij botmetastasen.'],
            [
              'P',
              'Fentanylpleister opgehoogd naar 75 mcg/u, Sevredol zo nodig. Nabespreking wensen met patiënt en dochter: geen ziekenhuisopname.',
            ],
          ],
          rx: [
            { drug: 'durogesic', dosage: 'elke 3 dagen 1 pleister', days: 30, quantity: 10 },
            {
              drug: 'sevredol',
              dosage: 'zo nodig 6 maal per dag 1 tablet',
              days: 30,
              quantity: 60,
            },
          ],
        },
        {
          ago: 40,
          icpc: [['A99', 'Palliatieve zorg']],
          soep: [
            ['S', 'Gesprek over behandelgrenzen.'],
            ['P', 'NR-verklaring getekend, vastgelegd in attentie.'],
          ],
        },
      ],
    },
  },
  pharmacies: [
    {
      source: 'apo-linde',
      consent: 'consent',
      dispenses: [
        { drug: 'durogesic', ago: 6, days: 30, quantity: 10, dosage: 'elke 3 dagen 1 pleister' },
        {
          drug: 'sevredol',
          ago: 6,
          days: 30,
          quantity: 60,
          dosage: 'zo nodig 6 maal per dag 1 tablet',
        },
        { drug: 'macrogol', ago: 6, days: 30, quantity: 30, dosage: '1 maal per dag 1 sachet' },
      ],
    },
  ],
};
must(smit.gp).record.attention = [
  {
    text: 'BEHANDELGRENS: niet reanimeren (NR-verklaring getekend). Geen ziekenhuisopname gewenst; palliatief beleid thuis. Dochter (contactpersoon) 06-00000000.',
    ago: 40,
  },
];
