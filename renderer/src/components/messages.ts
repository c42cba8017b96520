/** Messages of the shared clinical components (source status, waiting timer, idle lock). */
const nl = {
  'source.loading': 'Wacht op antwoord',
  'source.seconds': '{s} s',
  'source.slow': 'Deze bron is traag.',
  'source.ok': 'Geladen',
  'source.okCount': 'Geladen ({n})',
  'source.nf': 'Niets gevonden',
  'source.nfNote': 'Dit betekent niet dat de patiënt weigerde.',
  'source.error': 'Niet bereikbaar',
  'source.timeout': 'Geen antwoord op tijd',
  'source.refused': 'Geweigerd',
  'source.notRequested': 'Niet opgevraagd',
  'source.received': 'Ontvangen: {text}',
  'source.unnamed': 'Onbekende bron',
  'source.statusLabel': 'Status per bron',
  'source.retry': 'Opnieuw opvragen',
  'lock.title': 'Scherm vergrendeld',
  'lock.body':
    'Schakel is vergrendeld na {m} minuten zonder activiteit. De patiëntgegevens zijn uit het geheugen gewist.',
  'lock.unlock': 'Ontgrendelen',
  'lock.pin': 'PIN van uw UZI-pas',
  'lock.refused': 'Niet ontgrendeld: {text}',
  'lock.signOut': 'Afmelden',
  'section.noSources':
    'Het schakelpunt kent voor deze patiënt geen bron voor deze gegevens. Er is niets opgevraagd; dat betekent niet dat de patiënt weigerde.',
  'boundary.title': 'Dit onderdeel kon niet worden getoond',
  'boundary.body':
    'Er ging iets mis bij het tonen van “{section}”. De rest van het scherm en uw concept-waarneembericht blijven staan. Controleer deze gegevens in de bron zelf.',
  'boundary.retry': 'Opnieuw tonen',
  'datetime.hint': 'dd-mm-jjjj uu:mm · n = nu · pijltje omhoog/omlaag ± 5 min',
  'print.born': 'geb.',
  'print.page': 'Pagina',
  'print.of': 'van',
} as const;

export type ComponentMessageKey = keyof typeof nl;

const en: Record<ComponentMessageKey, string> = {
  'source.loading': 'Waiting for an answer',
  'source.seconds': '{s} s',
  'source.slow': 'This source is slow.',
  'source.ok': 'Loaded',
  'source.okCount': 'Loaded ({n})',
  'source.nf': 'Nothing found',
  'source.nfNote': 'This does not mean the patient refused.',
  'source.error': 'Not reachable',
  'source.timeout': 'Timed out',
  'source.refused': 'Refused',
  'source.notRequested': 'Not requested',
  'source.received': 'Received: {text}',
  'source.unnamed': 'Unknown source',
  'source.statusLabel': 'Status per source',
  'source.retry': 'Request again',
  'lock.title': 'Screen locked',
  'lock.body':
    'Schakel locked after {m} minutes without activity. The patient data have been cleared from memory.',
  'lock.unlock': 'Unlock',
  'lock.pin': 'PIN of your UZI pass',
  'lock.refused': 'Not unlocked: {text}',
  'lock.signOut': 'Sign out',
  'section.noSources':
    'The switchpoint knows no source for these data for this patient. Nothing was requested; that does not mean the patient refused.',
  'boundary.title': 'This part could not be shown',
  'boundary.body':
    'Something went wrong showing “{section}”. The rest of the screen and your draft locum report stay. Check these data at the source itself.',
  'boundary.retry': 'Show again',
  'datetime.hint': 'dd-mm-yyyy hh:mm · n = now · arrow up/down ± 5 min',
  'print.born': 'born',
  'print.page': 'Page',
  'print.of': 'of',
};

export const componentMessages = { nl, en };
