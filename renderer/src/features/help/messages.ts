const nl = {
  title: 'Sneltoetsen',
  intro: 'Alles in Schakel werkt zonder muis. Tab gaat naar het volgende onderdeel.',
  close: 'Sluiten',
  'col.keys': 'Toets',
  'col.action': 'Actie',
  newPatient: 'Nieuwe patiënt: naar het BSN-veld',
  limits: 'Naar behandelgrenzen en aandachtspunten',
  consent: 'Naar toestemming',
  summary: 'Naar de waarneemsamenvatting',
  medication: 'Naar medicatie',
  report: 'Naar het waarneembericht',
  help: 'Deze hulp openen',
  closeHelp: 'Deze hulp sluiten',
  enter: 'In het BSN-veld: zoeken',
} as const;

export type HelpMessageKey = keyof typeof nl;

const en: Record<HelpMessageKey, string> = {
  title: 'Keyboard shortcuts',
  intro: 'Everything in Schakel works without a mouse. Tab moves to the next control.',
  close: 'Close',
  'col.keys': 'Key',
  'col.action': 'Action',
  newPatient: 'New patient: to the BSN field',
  limits: 'To treatment limits and attention notes',
  consent: 'To consent',
  summary: 'To the professional summary',
  medication: 'To medication',
  report: 'To the locum report',
  help: 'Open this help',
  closeHelp: 'Close this help',
  enter: 'In the BSN field: search',
};

export const helpMessages = { nl, en };
