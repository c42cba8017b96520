import type { DemoScenario } from '../../../shared/api/demoSchemas';

/**
 * The trainer's scenarios: a synthetic patient (or a BSN the index does not know), the identity to
 * sign in with, and the switches to set. Applying one first returns the switches to their start
 * state, so scenarios never leak into each other. Teaching goals in Dutch and English.
 */
export const demoScenarios: DemoScenario[] = [
  {
    id: 'full-consent',
    title: { nl: 'Toestemming overal', en: 'Consent everywhere' },
    teaches: {
      nl: 'Huisarts en drie apotheken leveren: zo ziet een volledig antwoord eruit, elke regel met bron en datum.',
      en: 'The GP and three pharmacies answer: this is what a complete answer looks like, every line with source and date.',
    },
    bsn: '999990007',
    identityId: 'hap-huisarts',
    settings: {},
  },
  {
    id: 'gp-objection',
    title: { nl: 'Bezwaar bij de huisarts', en: 'Objection at the GP' },
    teaches: {
      nl: 'Bezwaar is een harde stop: geen huisartsgegevens, ook niet in nood, en geen knop om dat te omzeilen; medicatie komt wel.',
      en: 'An objection is a hard stop: no GP data, not even in an emergency, and no button to get round it; medication still arrives.',
    },
    bsn: '999990020',
    identityId: 'hap-huisarts',
    settings: {},
  },
  {
    id: 'pharmacy-objection',
    title: { nl: 'Bezwaar bij één apotheek', en: 'Objection at one pharmacy' },
    teaches: {
      nl: 'Toestemming bij de huisarts, bezwaar bij één apotheek: die apotheek wordt niet gevraagd, het medicatieoverzicht is dus niet compleet.',
      en: 'Consent at the GP, objection at one pharmacy: that pharmacy is not asked, so the medication overview is not complete.',
    },
    bsn: '999990159',
    identityId: 'hap-huisarts',
    settings: {},
  },
  {
    id: 'crisis-verbal',
    title: {
      nl: 'Geen keuze, crisisregeling: mondeling vragen',
      en: 'No choice, crisis regime: ask verbally',
    },
    teaches: {
      nl: 'Geen keuze vastgelegd en de crisisregeling staat aan: vraag de patiënt mondeling om toestemming vóór u de samenvatting opvraagt.',
      en: 'No choice recorded and the crisis regime is on: ask the patient for verbal consent before requesting the summary.',
    },
    bsn: '999990019',
    identityId: 'hap-huisarts',
    settings: { crisisRegime: true },
  },
  {
    id: 'no-choice-no-crisis',
    title: { nl: 'Geen keuze, geen crisisregeling', en: 'No choice, no crisis regime' },
    teaches: {
      nl: 'Zonder crisisregeling geeft "geen keuze" geen gegevens, ook niet in nood: dat is de wet, geen storing.',
      en: 'Without the crisis regime "no choice" gives no data, not even in an emergency: that is the law, not a fault.',
    },
    bsn: '999990019',
    identityId: 'hap-huisarts',
    settings: { crisisRegime: false },
  },
  {
    id: 'cannot-express-will',
    title: { nl: 'Kan wil niet uiten', en: 'Cannot express a will' },
    teaches: {
      nl: 'Suf na een val, geen keuze vastgelegd: onder de crisisregeling "kan wil niet uiten" met een reden; dat wordt gelogd en later getoetst.',
      en: 'Drowsy after a fall, no choice recorded: under the crisis regime "cannot express a will" with a reason; it is logged and reviewed later.',
    },
    bsn: '999990172',
    identityId: 'hap-huisarts',
    settings: { crisisRegime: true },
  },
  {
    id: 'pharmacy-timeout',
    title: {
      nl: 'Drie apotheken, één antwoordt niet',
      en: 'Three pharmacies, one does not answer',
    },
    teaches: {
      nl: 'Eén apotheek antwoordt niet op tijd: het overzicht is onvolledig en zegt dat; "niet beschikbaar" is niet "geen medicatie".',
      en: 'One pharmacy does not answer in time: the overview is partial and says so; "unavailable" is not "no medication".',
    },
    bsn: '999990032',
    identityId: 'hap-huisarts',
    settings: {},
  },
  {
    id: 'gp-down',
    title: { nl: 'Huisartssysteem onbereikbaar', en: 'GP system down' },
    teaches: {
      nl: 'Het huisartssysteem geeft een foutmelding: de samenvatting ontbreekt met reden, de medicatie komt wel; vraag opnieuw of bel.',
      en: 'The GP system answers with an error: the summary is missing with the reason, the medication arrives; ask again or phone.',
    },
    bsn: '999990160',
    identityId: 'hap-huisarts',
    settings: {},
  },
  {
    id: 'treatment-limit',
    title: { nl: 'Behandelgrens: niet reanimeren', en: 'Treatment limit: do not resuscitate' },
    teaches: {
      nl: 'Niet reanimeren en geen ziekenhuisopname: de behandelgrens staat bovenaan, vóór toestemming en al het andere.',
      en: 'Do not resuscitate and no hospital admission: the treatment limit is at the top, before consent and everything else.',
    },
    bsn: '999990044',
    identityId: 'hap-huisarts',
    settings: {},
  },
  {
    id: 'penicillin-allergy',
    title: { nl: 'Ernstige penicilline-allergie', en: 'Severe penicillin allergy' },
    teaches: {
      nl: 'De allergie en de contra-indicatie staan in de banner en bij huisarts én apotheek, vóór u iets voorschrijft.',
      en: 'The allergy and the contra-indication are in the banner and at GP and pharmacy alike, before you prescribe anything.',
    },
    bsn: '999990056',
    identityId: 'hap-huisarts',
    settings: {},
  },
  {
    id: 'polypharmacy',
    title: {
      nl: 'Vijftien middelen, dubbel en overlap',
      en: 'Fifteen medicines, duplicate and overlap',
    },
    teaches: {
      nl: 'Oudere patiënt met twee apotheken: omeprazol bij beide, gemarkeerd als dubbel; furosemide in twee doseringen tegelijk, gemarkeerd als overlappende gebruiksperiode; acenocoumarol als hoog risico. De markeringen helpen, u beslist.',
      en: 'Elderly patient with two pharmacies: omeprazole at both, flagged as a duplicate; furosemide in two dosages at once, flagged as an overlapping use period; acenocoumarol as high risk. The flags help, you decide.',
    },
    bsn: '999990068',
    identityId: 'hap-huisarts',
    settings: {},
  },
  {
    id: 'child',
    title: { nl: 'Een kind van vier', en: 'A four-year-old' },
    teaches: {
      nl: 'Toestemming loopt via de ouders; doseringen per kilogram, het gewicht staat bij de metingen.',
      en: 'Consent goes through the parents; doses per kilogram, the weight is among the measurements.',
    },
    bsn: '999990081',
    identityId: 'hap-huisarts',
    settings: {},
  },
  {
    id: 'region',
    title: { nl: 'Patiënt uit een andere regio', en: 'Patient from another region' },
    teaches: {
      nl: 'Met de regioregeling aan (vóór 2022) krijgt de HAP Amstelland geen gegevens van een Haarlemse praktijk: "buiten de regio".',
      en: 'With the region regime on (before 2022) the Amstelland HAP gets no data from a Haarlem practice: "outside the region".',
    },
    bsn: '999990135',
    identityId: 'hap-huisarts',
    settings: { regions: true },
  },
  {
    id: 'unknown-patient',
    title: { nl: 'Onbekend in de verwijsindex', en: 'Unknown to the index' },
    teaches: {
      nl: 'Een geldig BSN dat de verwijsindex niet kent: geen bronnen gevonden; dat betekent niet dat de patiënt weigerde.',
      en: 'A valid BSN the index does not know: no sources found; that does not mean the patient refused.',
    },
    bsn: '999990184',
    identityId: 'hap-huisarts',
    settings: {},
  },
  {
    id: 'nothing-registered',
    title: { nl: 'Nergens aangemeld', en: 'Registered nowhere' },
    teaches: {
      nl: 'Bekend, maar geen bron heeft gegevens aangemeld: vraag het de patiënt, een leeg antwoord is geen weigering.',
      en: 'Known, but no source has registered data: ask the patient, an empty answer is not a refusal.',
    },
    bsn: '999990123',
    identityId: 'hap-huisarts',
    settings: {},
  },
  {
    id: 'triagist',
    title: { nl: 'Triagist zoekt op', en: 'Triagist looks up' },
    teaches: {
      nl: 'De triagist vraagt op onder verantwoordelijkheid van de dienstdoende huisarts; één apotheek geeft een foutmelding.',
      en: 'The triagist looks up under the on-duty GP’s responsibility; one pharmacy answers with an error.',
    },
    bsn: '999990147',
    identityId: 'triagist',
    settings: {},
  },
  {
    id: 'seh',
    title: { nl: 'SEH-arts zoekt op', en: 'SEH physician looks up' },
    teaches: {
      nl: 'De SEH-arts ziet de medicatie (acenocoumarol!) maar buiten de crisisregeling niet de huisartssamenvatting, met de reden.',
      en: 'The SEH physician sees the medication (acenocoumarol!) but, outside the crisis regime, not the GP summary, with the reason.',
    },
    bsn: '999990111',
    identityId: 'seh-arts',
    settings: {},
  },
  {
    id: 'stress',
    title: { nl: 'Groot dossier', en: 'Large record' },
    teaches: {
      nl: 'Veel episodes en contacten: alleen vier maanden journaal komt mee; het scherm moet snel en overzichtelijk blijven.',
      en: 'Many episodes and contacts: only four months of journal arrive; the screen must stay fast and clear.',
    },
    bsn: '999990093',
    identityId: 'hap-huisarts',
    settings: {},
  },
  {
    id: 'report-rejected',
    title: {
      nl: 'Eigen huisarts weigert het waarneembericht',
      en: 'Own GP rejects the locum report',
    },
    teaches: {
      nl: 'Het systeem van de eigen huisarts weigert het waarneembericht: het blijft in de uitbox, opnieuw versturen of printen.',
      en: 'The own GP’s system rejects the locum report: it stays in the outbox, send again or print.',
    },
    bsn: '999990007',
    identityId: 'hap-huisarts',
    settings: { receivers: [{ sourceId: 'hap-gp-amstelveen', mode: 'reject' }] },
  },
  {
    id: 'report-silent',
    title: { nl: 'Eigen huisarts antwoordt niet', en: 'Own GP does not answer' },
    teaches: {
      nl: 'Het systeem van de eigen huisarts negeert het waarneembericht: geen bevestiging is geen aflevering.',
      en: 'The own GP’s system ignores the locum report: no acknowledgement is no delivery.',
    },
    bsn: '999990007',
    identityId: 'hap-huisarts',
    settings: { receivers: [{ sourceId: 'hap-gp-amstelveen', mode: 'silent' }] },
  },
];

export const scenarioById = (id: string): DemoScenario | undefined =>
  demoScenarios.find((s) => s.id === id);
