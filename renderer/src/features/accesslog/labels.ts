import type { ErrorCode } from '../../../../shared/api/result';
import type {
  AccessAction,
  AccessEventType,
  AccessSource,
  ConsentBasis,
  LoggedDataCategory,
  LegalBasis,
  Outcome,
} from '../../../../shared/domain/accessEvent';
import type { RefusalReason } from '../../../../shared/domain/authorisation/decisionText';
import type { Language } from '../../i18n/I18nContext';

/**
 * Plain Dutch and English words for the codes an access-log entry holds (domain.md §8, §9), for
 * the privacy officer and for the overview read out to a patient. Pure: no React, no I/O.
 * A code without a label comes back as itself, so nothing is ever hidden.
 */
export type Label = Readonly<Record<Language, string>>;

type CareSetting = 'HAP' | 'SEH' | 'huisartspraktijk' | 'apotheek';
type SourceStatus = AccessSource['status'];
/** HL7v3 acknowledgement type codes, logged as the reason of a locum-report acknowledgement. */
type AcknowledgementCode = 'AA' | 'AE' | 'AR' | 'CA' | 'CE' | 'CR';
/** Reason codes the services write besides the API error codes and the refusal reasons. */
type ServiceReason = 'NOT_LOG_MANAGER' | 'NOT_IN_INDEX' | 'no-source' | 'BATCH_INCOMPLETE';
export type ReasonCode = ErrorCode | RefusalReason | ServiceReason | AcknowledgementCode;

/** RoleCodeNL (2.16.840.1.113883.2.4.15.111), the roles domain.md §8 names, plus no care role. */
export const knownRoleCodes = [
  '01.015',
  '01.004',
  '01.071',
  '01.000',
  '17.000',
  '17.075',
  '17.060',
  '30.000',
  '81.000',
  '00.000',
] as const;
type RoleCode = (typeof knownRoleCodes)[number];

const eventType: Record<AccessEventType, Label> = {
  'sign-in': { nl: 'Aangemeld', en: 'Signed in' },
  'sign-out': { nl: 'Afgemeld', en: 'Signed out' },
  'idle-lock': { nl: 'Scherm vergrendeld (inactief)', en: 'Screen locked (idle)' },
  'patient-search': { nl: 'Patiënt gezocht', en: 'Patient looked up' },
  'consent-recorded': { nl: 'Toestemming vastgelegd', en: 'Consent recorded' },
  'summary-query': { nl: 'Waarneemsamenvatting opgevraagd', en: 'Locum summary requested' },
  'medication-query': { nl: 'Medicatieoverzicht opgevraagd', en: 'Medication overview requested' },
  'ica-query': {
    nl: 'Contra-indicaties en intoleranties opgevraagd',
    en: 'Contraindications and intolerances requested',
  },
  'locum-report-send': { nl: 'Waarneembericht verstuurd', en: 'Locum report sent' },
  'locum-report-acknowledgement': {
    nl: 'Ontvangstbericht van de huisarts',
    en: 'Acknowledgement from the GP',
  },
  print: { nl: 'Afgedrukt', en: 'Printed' },
  export: { nl: 'Geëxporteerd', en: 'Exported' },
  'access-log-view': { nl: 'Toegangslog ingezien', en: 'Access log viewed' },
  'access-log-export': { nl: 'Toegangslog geëxporteerd', en: 'Access log exported' },
  'access-log-review': { nl: 'Logregel beoordeeld', en: 'Log entry reviewed' },
  'access-log-retention': { nl: 'Oude logregels gearchiveerd', en: 'Old log entries archived' },
};

/** NEN 7513 action types. */
const action: Record<AccessAction, Label> = {
  C: { nl: 'aanmaken', en: 'create' },
  R: { nl: 'inzien', en: 'read' },
  U: { nl: 'wijzigen', en: 'update' },
  D: { nl: 'verwijderen', en: 'delete' },
  E: { nl: 'uitvoeren', en: 'execute' },
};

const dataCategory: Record<LoggedDataCategory, Label> = {
  session: { nl: 'aanmelding op Schakel', en: 'sign-in to Schakel' },
  'patient-identity': { nl: 'identiteit van de patiënt', en: 'patient identity' },
  consent: { nl: 'toestemming', en: 'consent record' },
  summary: { nl: 'waarneemsamenvatting', en: 'locum summary' },
  medication: { nl: 'medicatieoverzicht', en: 'medication overview' },
  ica: { nl: 'contra-indicaties en intoleranties', en: 'contraindications and intolerances' },
  'locum-report': { nl: 'waarneembericht', en: 'locum report' },
  'access-log': { nl: 'toegangslog', en: 'access log' },
};

const legalBasis: Record<LegalBasis, Label> = {
  'treatment-relationship': { nl: 'behandelrelatie', en: 'treatment relationship' },
  'emergency-procedure': { nl: 'noodprocedure', en: 'emergency procedure' },
  'crisis-regime': { nl: 'crisisregeling', en: 'crisis regime' },
  'log-manager': { nl: 'beheer toegangslog', en: 'access log management' },
  'patient-request': { nl: 'verzoek van de patiënt', en: 'at the patient’s request' },
  none: { nl: 'geen', en: 'no basis' },
};

const consentBasis: Record<ConsentBasis, Label> = {
  registered: { nl: 'toestemming geregistreerd', en: 'consent registered' },
  'verbal-yes': { nl: 'mondelinge toestemming', en: 'verbal consent' },
  'verbal-no': { nl: 'mondeling geweigerd', en: 'verbally refused' },
  'unable-to-express-will': {
    nl: 'patiënt kon wil niet uiten',
    en: 'patient unable to express their will',
  },
  'not-applicable': { nl: 'niet van toepassing', en: 'not applicable' },
};

const outcome: Record<Outcome, Label> = {
  success: { nl: 'gelukt', en: 'completed' },
  partial: { nl: 'gedeeltelijk', en: 'partly completed' },
  refused: { nl: 'geweigerd', en: 'denied' },
  error: { nl: 'mislukt', en: 'failed' },
};

const setting: Record<CareSetting, Label> = {
  HAP: { nl: 'huisartsenpost', en: 'GP out-of-hours post' },
  SEH: { nl: 'spoedeisende hulp', en: 'emergency department' },
  huisartspraktijk: { nl: 'huisartsenpraktijk', en: 'GP practice' },
  // The code is already the Dutch word.
  apotheek: { nl: 'apotheek', en: 'pharmacy' },
};

/** How each source answered (or, for a locum report, what became of the message). */
const sourceStatus: Record<SourceStatus, Label> = {
  OK: { nl: 'antwoord ontvangen', en: 'answered' },
  NF: { nl: 'niets gevonden', en: 'nothing found' },
  error: { nl: 'fout bij de bron', en: 'source error' },
  timeout: { nl: 'geen antwoord op tijd', en: 'no answer in time' },
  sent: { nl: 'verstuurd', en: 'sent, awaiting reply' },
  accepted: { nl: 'ontvangen en geaccepteerd', en: 'received and accepted' },
  rejected: { nl: 'niet geaccepteerd', en: 'not accepted' },
};

const role: Record<RoleCode, Label> = {
  '01.015': { nl: 'huisarts', en: 'general practitioner' },
  '01.004': { nl: 'apotheekhoudend huisarts', en: 'dispensing general practitioner' },
  '01.071': { nl: 'spoedeisende-hulparts', en: 'emergency physician' },
  '01.000': { nl: 'arts', en: 'physician' },
  '17.000': { nl: 'apotheker', en: 'pharmacist' },
  '17.075': { nl: 'openbaar apotheker', en: 'community pharmacist' },
  '17.060': { nl: 'ziekenhuisapotheker', en: 'hospital pharmacist' },
  '30.000': { nl: 'verpleegkundige', en: 'nurse' },
  '81.000': { nl: 'physician assistant', en: 'physician assistant' },
  '00.000': { nl: 'medewerker (geen zorgrol)', en: 'staff member (no care role)' },
};

const reason: Record<ReasonCode, Label> = {
  // API error codes (shared/api/result.ts)
  VALIDATION: { nl: 'ongeldige invoer', en: 'invalid input' },
  UNKNOWN_OPERATION: { nl: 'onbekende opdracht', en: 'unknown operation' },
  NOT_SIGNED_IN: { nl: 'niet aangemeld', en: 'not signed in' },
  NOT_AUTHORISED: { nl: 'niet bevoegd', en: 'not authorised' },
  CONSENT_OBJECTION: { nl: 'bezwaar van de patiënt', en: 'the patient objected' },
  SWITCHPOINT_UNREACHABLE: { nl: 'schakelpunt niet bereikbaar', en: 'switch point unreachable' },
  SWITCHPOINT_TIMEOUT: {
    nl: 'schakelpunt antwoordde niet op tijd',
    en: 'switch point did not answer in time',
  },
  TLS_FAILURE: { nl: 'beveiligde verbinding mislukt', en: 'secure connection failed' },
  SOURCE_UNAVAILABLE: { nl: 'bron niet beschikbaar', en: 'source unavailable' },
  MALFORMED_MESSAGE: { nl: 'onleesbaar antwoord', en: 'unreadable answer' },
  PATIENT_MISMATCH: {
    nl: 'antwoord over een andere patiënt geweigerd',
    en: 'answer about another patient refused',
  },
  BATCH_INCOMPLETE: {
    nl: 'niet alle bronnen gaven een leesbaar antwoord',
    en: 'not every source gave a readable answer',
  },
  ACCESS_LOG_UNAVAILABLE: { nl: 'toegangslog niet beschikbaar', en: 'access log unavailable' },
  FORBIDDEN_SENDER: { nl: 'aanroep niet toegestaan', en: 'call not allowed' },
  INTERNAL: { nl: 'interne fout', en: 'internal error' },
  NOT_FOUND: { nl: 'niet gevonden', en: 'not found' },
  PRECONDITION: { nl: 'voorwaarde niet vervuld', en: 'precondition not met' },
  CONFLICT: { nl: 'code al in gebruik', en: 'id already in use' },
  SESSION_LOCKED: { nl: 'scherm vergrendeld', en: 'screen locked' },
  // Written by the services themselves
  NOT_LOG_MANAGER: { nl: 'geen beheerder van de toegangslog', en: 'not the access log manager' },
  NOT_IN_INDEX: { nl: 'niet in de verwijsindex', en: 'not in the reference index' },
  'no-source': { nl: 'geen bron met gegevens', en: 'no source holds data' },
  // Refusal reasons of the authorisation decision (shared/domain/authorisation)
  objection: { nl: 'bezwaar van de patiënt', en: 'the patient objected' },
  'pass-without-lsp-access': { nl: 'pas zonder LSP-toegang', en: 'pass without LSP access' },
  'server-certificate': {
    nl: 'servercertificaat, geen persoonlijke pas',
    en: 'server certificate, not a personal pass',
  },
  'mandate-without-overseer': {
    nl: 'geen verantwoordelijke arts gekozen',
    en: 'no responsible physician chosen',
  },
  'overseer-not-authorised': {
    nl: 'verantwoordelijke zorgverlener niet bevoegd',
    en: 'responsible professional not authorised',
  },
  'role-not-authorised': { nl: 'rol niet bevoegd', en: 'role not authorised' },
  'setting-not-authorised': {
    nl: 'niet bevoegd vanuit deze werkplek',
    en: 'not authorised from this workplace',
  },
  'regime-not-active': { nl: 'crisisregeling niet van kracht', en: 'crisis regime not in force' },
  'outside-region': { nl: 'bron buiten de LSP-regio', en: 'source outside the LSP region' },
  'verbal-refused': { nl: 'patiënt weigerde mondeling', en: 'the patient refused verbally' },
  'verbal-not-asked': {
    nl: 'patiënt niet om toestemming gevraagd',
    en: 'the patient was not asked for consent',
  },
  'no-consent': { nl: 'geen toestemming vastgelegd', en: 'no consent recorded' },
  // HL7v3 acknowledgements of a locum report
  AA: { nl: 'geaccepteerd', en: 'accepted' },
  AE: { nl: 'fout bij de ontvanger', en: 'error at the receiver' },
  AR: { nl: 'geweigerd door de ontvanger', en: 'rejected by the receiver' },
  CA: { nl: 'ontvangst bevestigd', en: 'receipt confirmed' },
  CE: { nl: 'fout bij ontvangst', en: 'error on receipt' },
  CR: { nl: 'ontvangst geweigerd', en: 'receipt rejected' },
};

/** Every labelled code, by the kind of field it appears in. */
export const codeLabels = {
  eventType,
  action,
  dataCategory,
  legalBasis,
  consentBasis,
  outcome,
  setting,
  sourceStatus,
  role,
  reason,
} as const;
export type CodeKind = keyof typeof codeLabels;

/** Whether this code has its own words (rather than falling back to itself). */
export function hasLabel(kind: CodeKind, code: string): boolean {
  return Object.hasOwn(codeLabels[kind], code);
}

/** The plain words for a code in this language; an unknown code comes back unchanged. */
export function labelOf(kind: CodeKind, code: string, language: Language): string {
  const table: Readonly<Record<string, Label | undefined>> = codeLabels[kind];
  const words = Object.hasOwn(table, code) ? table[code]?.[language] : undefined;
  return words || code;
}
