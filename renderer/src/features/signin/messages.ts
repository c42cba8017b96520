const nl = {
  'card.title': 'Aanmelden met uw UZI-pas',
  'card.noMiddleware': 'De kaartlezer-software (PKCS#11) is niet beschikbaar: {text}',
  'card.noCard': 'Plaats uw UZI-pas in de lezer.',
  'card.holder': '{name} · UZI {uzi}',
  'card.validUntil': 'Geldig tot {date}',
  'card.pin': 'PIN-code van de pas',
  'card.submit': 'Aanmelden',
  'card.busy': 'Bezig met aanmelden…',
  'pin.count-low':
    'Let op: de PIN is eerder verkeerd ingevoerd. Nog maar enkele pogingen voordat de pas blokkeert.',
  'pin.final-try': 'Let op: nog één poging. Een verkeerde PIN blokkeert de pas.',
  'pin.locked':
    'Deze pas is geblokkeerd door te vaak een verkeerde PIN. Laat hem deblokkeren (PUK) via het UZI-register.',
  'refusal.not-on-name': 'Een medewerkerpas niet op naam geeft geen toegang tot het LSP.',
  'refusal.expired': 'Deze pas is verlopen.',
  'refusal.not-yet-valid': 'Deze pas is nog niet geldig.',
  'refusal.foreign-ca': 'Deze pas is niet door het UZI-register uitgegeven.',
  'refusal.server-certificate':
    'Deze kaart bevat een servercertificaat, geen persoonlijke UZI-pas.',
  'refusal.other': 'Met deze pas kunt u niet aanmelden: {text}',
  failed: 'Aanmelden mislukt: {text}',
  'check.title': 'Live-configuratie onvolledig',
  'check.intro':
    'Schakel start niet in live-modus zolang de configuratie niet compleet is. Vraag de applicatiebeheerder dit na te lopen (npm run cli -- live check).',
  'check.valid': 'in orde',
  'check.invalid': 'ongeldig',
  'check.missing': 'ontbreekt',
} as const;

export type SignInMessageKey = keyof typeof nl;

const en: Record<SignInMessageKey, string> = {
  'card.title': 'Sign in with your UZI pass',
  'card.noMiddleware': 'The card reader software (PKCS#11) is not available: {text}',
  'card.noCard': 'Insert your UZI pass into the reader.',
  'card.holder': '{name} · UZI {uzi}',
  'card.validUntil': 'Valid until {date}',
  'card.pin': 'PIN of the pass',
  'card.submit': 'Sign in',
  'card.busy': 'Signing in…',
  'pin.count-low':
    'Note: a wrong PIN was entered before. Only a few attempts are left before the pass locks.',
  'pin.final-try': 'Note: one attempt left. A wrong PIN locks the pass.',
  'pin.locked':
    'This pass is locked after too many wrong PINs. Have it unlocked (PUK) through the UZI register.',
  'refusal.not-on-name': 'An unnamed employee pass (niet op naam) gives no access to the LSP.',
  'refusal.expired': 'This pass has expired.',
  'refusal.not-yet-valid': 'This pass is not valid yet.',
  'refusal.foreign-ca': 'This pass was not issued by the UZI register.',
  'refusal.server-certificate': 'This card holds a server certificate, not a personal UZI pass.',
  'refusal.other': 'This pass cannot sign in: {text}',
  failed: 'Sign-in failed: {text}',
  'check.title': 'Live configuration incomplete',
  'check.intro':
    'Schakel does not start in live mode until the configuration is complete. Ask the application administrator to go through it (npm run cli -- live check).',
  'check.valid': 'valid',
  'check.invalid': 'invalid',
  'check.missing': 'missing',
};

export const signInMessages = { nl, en };
