import { z } from 'zod';

/**
 * The NEN 7513 access event (domain.md §9): identifiers and what happened, never clinical content.
 * Every string a caller can set is either a code (a short token from a closed alphabet), an
 * identifier (digits), or a person's / organisation's / workstation's name. There is no free-text
 * field, so a diagnosis or a journal line has nowhere to go.
 */

/** Every event the product logs. Services built later emit most of them through `append`. */
export const accessEventTypes = [
  'sign-in',
  'sign-out',
  'idle-lock',
  'patient-search',
  'consent-recorded',
  'summary-query',
  'medication-query',
  'ica-query',
  'locum-report-send',
  'locum-report-acknowledgement',
  'print',
  'export',
  'access-log-view',
  'access-log-export',
  'access-log-review',
  'access-log-retention',
] as const;
export const accessEventTypeSchema = z.enum(accessEventTypes);
export type AccessEventType = z.infer<typeof accessEventTypeSchema>;

/** NEN 7513 / FHIR AuditEvent.action: Create, Read, Update, Delete, Execute. */
export const accessActionSchema = z.enum(['C', 'R', 'U', 'D', 'E']);
export type AccessAction = z.infer<typeof accessActionSchema>;

/** The action code each event type carries unless the caller says otherwise. */
export const defaultActionOf: Record<AccessEventType, AccessAction> = {
  'sign-in': 'E',
  'sign-out': 'E',
  'idle-lock': 'E',
  'patient-search': 'E',
  'consent-recorded': 'C',
  'summary-query': 'R',
  'medication-query': 'R',
  'ica-query': 'R',
  'locum-report-send': 'C',
  'locum-report-acknowledgement': 'R',
  print: 'R',
  export: 'R',
  'access-log-view': 'R',
  'access-log-export': 'R',
  'access-log-review': 'U',
  'access-log-retention': 'D',
};

/** Which data the event touched (the "objects involved"). */
export const dataCategorySchema = z.enum([
  'session',
  'patient-identity',
  'consent',
  'summary',
  'medication',
  'ica',
  'locum-report',
  'access-log',
]);
/** Named apart from the authorisation's `DataCategory` (what may be asked), which it includes. */
export type LoggedDataCategory = z.infer<typeof dataCategorySchema>;

/** On what basis the data may be seen (authorisation basis). */
export const legalBasisSchema = z.enum([
  'treatment-relationship',
  'emergency-procedure',
  /** The crisis regime's route (no choice + verbal yes; the SEH's summary access). */
  'crisis-regime',
  'log-manager',
  'patient-request',
  'none',
]);
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/**
 * The consent profile the access relied on: consent registered at the source, a verbal answer
 * at the desk under the crisis regime (domain.md §6), or none needed (sign-in, log views).
 */
export const consentBasisSchema = z.enum([
  'registered',
  'verbal-yes',
  'verbal-no',
  'unable-to-express-will',
  'not-applicable',
]);
export type ConsentBasis = z.infer<typeof consentBasisSchema>;

export const outcomeSchema = z.enum(['success', 'partial', 'refused', 'error']);
export type Outcome = z.infer<typeof outcomeSchema>;

export const careSettingCodeSchema = z.enum(['HAP', 'SEH', 'huisartspraktijk', 'apotheek']);

/** A code: a short token, never prose. Refusal reasons and error codes are codes. */
const code = z
  .string()
  .max(64)
  .regex(/^[A-Za-z0-9._:-]+$/, 'a code, not text');
const digits = (min: number, max: number) =>
  z.string().min(min).max(max).regex(/^\d+$/, 'digits only');
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A person's, organisation's or workstation's name: one line, bounded, no control characters. */
const name = z
  .string()
  .max(200)
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'one line, no control characters')
  .refine((text) => !loneSurrogate.test(text), 'well-formed Unicode');
const id = z
  .string()
  .max(128)
  .regex(/^[A-Za-z0-9._:@^-]+$/, 'an identifier (an OID^extension is fine)');

/** One source that took part (URA), with how it answered and how many items it returned. */
export const accessSourceSchema = z
  .object({
    ura: digits(8, 8),
    status: z.enum(['OK', 'NF', 'error', 'timeout', 'sent', 'accepted', 'rejected']),
    count: z.number().int().min(0),
  })
  .strict();
export type AccessSource = z.infer<typeof accessSourceSchema>;

/**
 * What a service hands to `append`. The log itself adds the id, the time with the workstation's
 * offset, the access point (workstation, installation), the system id and version, and the chain.
 */
export const accessEventInputSchema = z
  .object({
    eventType: accessEventTypeSchema,
    action: accessActionSchema.optional(),
    patientBsn: digits(9, 9).nullable(),
    actorUzi: digits(6, 12).nullable(),
    actorName: name.nullable(),
    actorRole: code.nullable(),
    /** The responsible person (overseer); for a professional acting alone, the actor. */
    responsibleUzi: digits(6, 12).nullable(),
    responsibleName: name.nullable(),
    responsibleRole: code.nullable(),
    organisationUra: digits(8, 8).nullable(),
    organisationName: name.nullable(),
    setting: careSettingCodeSchema.nullable(),
    dataCategory: dataCategorySchema.nullable(),
    legalBasis: legalBasisSchema.nullable(),
    consentBasis: consentBasisSchema.nullable(),
    /** UZI number of who asked the patient (verbal consent). */
    consentAskedBy: digits(6, 12).nullable(),
    emergency: z.boolean(),
    outcome: outcomeSchema,
    /** Refusal reason or error code (e.g. CONSENT_OBJECTION, SWITCHPOINT_TIMEOUT). */
    reasonCode: code.nullable(),
    sources: z.array(accessSourceSchema).max(64),
    correlationId: id.nullable(),
    messageId: id.nullable(),
    demo: z.boolean(),
  })
  .strict();
export type AccessEventInput = z.input<typeof accessEventInputSchema>;

/** One entry as stored and as the reviewing screens read it. */
export const accessLogRecordSchema = z.object({
  id: z.number().int(),
  /** UTC, ISO 8601 with milliseconds and Z. */
  time: z.string(),
  /** The workstation's offset from UTC at that moment, e.g. +01:00. */
  tzOffset: z.string(),
  eventType: z.string(),
  action: z.string(),
  patientBsn: z.string().nullable(),
  actorUzi: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  responsibleUzi: z.string().nullable(),
  responsibleName: z.string().nullable(),
  responsibleRole: z.string().nullable(),
  organisationUra: z.string().nullable(),
  organisationName: z.string().nullable(),
  setting: z.string().nullable(),
  workstation: z.string(),
  installationId: z.string(),
  systemId: z.string(),
  systemVersion: z.string(),
  dataCategory: z.string().nullable(),
  legalBasis: z.string().nullable(),
  consentBasis: z.string().nullable(),
  consentAskedBy: z.string().nullable(),
  emergency: z.boolean(),
  outcome: z.string(),
  reasonCode: z.string().nullable(),
  sources: z.array(accessSourceSchema),
  correlationId: z.string().nullable(),
  messageId: z.string().nullable(),
  demo: z.boolean(),
});
export type AccessLogRecord = z.infer<typeof accessLogRecordSchema>;

/** The privacy officer's review of one entry; kept beside the log, which never changes. */
export const reviewStatusSchema = z.enum(['new', 'investigating', 'closed']);
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;
