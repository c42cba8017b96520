import { z } from 'zod';
import {
  accessLogEntrySchema,
  accessLogExportInputSchema,
  accessLogExportSchema,
  accessLogIntegritySchema,
  accessLogPageSchema,
  accessLogSearchInputSchema,
  appInfoSchema,
  reviewQueueInputSchema,
  reviewQueuePageSchema,
  reviewStatusSchema,
  reviewUpdateInputSchema,
  sessionSchema,
} from './schemas';
import { accessLogForwardingSchema } from './forwarding';
import { cardStatusSchema, liveCheckSchema, signInWithCardInputSchema } from './cardSchemas';
import {
  bsnInputSchema,
  bsnSchema,
  medicationResultSchema,
  patientContextSchema,
  summaryResultSchema,
  verbalAnswerSchema,
} from './patientSchemas';
import {
  icpcCodeSchema,
  outboxEntrySchema,
  outboxStatusSchema,
  printableReportSchema,
  reportDraftSchema,
} from './reportSchemas';
import { demoControlSchema, demoStateSchema } from './demoSchemas';
import { progressInputSchema, progressSchema } from './progressSchemas';
import type { Result } from './result';
import { operationNames, type OperationName } from './operations';

export { operationNames, channelOf, type OperationName } from './operations';

interface Operation {
  input: z.ZodType;
  output: z.ZodType;
}

/**
 * The one contract between the renderer and the services. Every operation the renderer may call
 * is named here with its input and output schema; the preload, the IPC handlers, the browser host
 * and the renderer's client are all derived from this object. Add an operation here first.
 */
export const contract = {
  appInfo: { input: z.object({}).strict(), output: appInfoSchema },
  signInDemo: {
    input: z.object({ identityId: z.string().min(1).max(64) }).strict(),
    output: sessionSchema,
  },
  signOut: { input: z.object({}).strict(), output: z.object({ signedOut: z.boolean() }) },
  /** The idle lock: the open patient is forgotten and the lock is logged; the session stays. */
  sessionLock: { input: z.object({}).strict(), output: z.object({ locked: z.boolean() }) },
  /**
   * Ends the idle lock; while locked every other operation but sign-out answers SESSION_LOCKED.
   * Live mode asks the PIN of the pass in the reader again; demo mode unlocks without.
   */
  sessionUnlock: {
    input: z.object({ pin: z.string().max(64).optional() }).strict(),
    output: z.object({ unlocked: z.boolean() }),
  },
  accessLogRecent: {
    input: z.object({ limit: z.number().int().min(1).max(500) }).strict(),
    output: z.array(accessLogEntrySchema),
  },
  /** The verdict of the chain check started with the app; read (and polled) by the banner. */
  accessLogIntegrity: { input: z.object({}).strict(), output: accessLogIntegritySchema },
  /** Forwarding to the central audit store: behind by how many, since when (log manager only). */
  accessLogForwarding: { input: z.object({}).strict(), output: accessLogForwardingSchema },
  /** Patient overview and per-employee view: filters, keyset pages, newest first. Logged. */
  accessLogSearch: { input: accessLogSearchInputSchema, output: accessLogPageSchema },
  /** The privacy officer's queue: verbal consent, unable to express will, refusals, emergencies. */
  accessLogReviewQueue: { input: reviewQueueInputSchema, output: reviewQueuePageSchema },
  accessLogReviewUpdate: {
    input: reviewUpdateInputSchema,
    output: z.object({ entryId: z.number().int(), status: reviewStatusSchema }),
  },
  /** CSV or FHIR R4 AuditEvent Bundle for a period or a patient. Logged. */
  accessLogExport: { input: accessLogExportInputSchema, output: accessLogExportSchema },
  /** Opens a patient by BSN: identity, own GP, consent per source. Logged as a patient search. */
  patientOpen: { input: bsnInputSchema, output: patientContextSchema },
  /** Records the verbal answer at the desk (crisis regime), before any query. Logged. */
  consentRecordVerbal: {
    input: z
      .object({
        bsn: bsnSchema,
        answer: verbalAnswerSchema,
        reason: z.string().trim().max(500).nullable(),
      })
      .strict(),
    output: patientContextSchema,
  },
  /** After a verbal "no" (remembered for the shift): the question is asked again. Logged. */
  consentAskAgain: { input: bsnInputSchema, output: patientContextSchema },
  /** Closes the patient: cancels queries in flight and forgets the point-of-care record. */
  patientClose: { input: z.object({}).strict(), output: z.object({ closed: z.boolean() }) },
  /** The own GP's professional summary through the switchpoint. Logged before it is returned. */
  recordsSummary: { input: bsnInputSchema, output: summaryResultSchema },
  /** The pharmacies' dispenses and contra-indications/intolerances. Logged before it is returned. */
  recordsMedication: { input: bsnInputSchema, output: medicationResultSchema },
  /** The sources of the running summary/medication query that completed since `since`: each is
   * logged by the records service as it arrives, before it can be read here. Long-poll. */
  recordsProgress: { input: progressInputSchema, output: progressSchema },
  /** The patient overview is printed: logged as a print per data category, before the dialog. */
  recordsPrint: {
    input: z
      .object({
        bsn: bsnSchema,
        categories: z
          .array(z.enum(['summary', 'medication']))
          .min(1)
          .max(2),
      })
      .strict(),
    output: z.object({ logged: z.number().int() }),
  },
  /** Stores the locum report (sealed) in the outbox, then sends it. One draftId is one report. */
  locumReportSend: {
    input: z.object({ bsn: bsnSchema, draftId: z.uuid(), draft: reportDraftSchema }).strict(),
    output: outboxEntrySchema,
  },
  /** Puts an unsent draft aside (sealed, in memory) while the screen is locked or the patient closed. */
  locumDraftPark: {
    input: z
      .object({
        bsn: bsnSchema,
        draftId: z.uuid(),
        state: z.string().max(200_000),
      })
      .strict(),
    output: z.object({ parked: z.boolean() }),
  },
  /** Takes the parked draft back for the open patient, if there is one. */
  locumDraftResume: {
    input: bsnInputSchema,
    output: z.object({ draftId: z.string(), state: z.string() }).nullable(),
  },
  /** The outbox indicator and each report's history (metadata only). */
  outboxStatus: { input: z.object({}).strict(), output: outboxStatusSchema },
  outboxRetry: { input: z.object({ reportId: z.uuid() }).strict(), output: outboxEntrySchema },
  /** A failed report for manual delivery, or a delivered one's copy (text null); the print is logged. */
  outboxPrint: { input: z.object({ reportId: z.uuid() }).strict(), output: printableReportSchema },
  icpcSearch: {
    input: z.object({ query: z.string().max(60) }).strict(),
    output: z.array(icpcCodeSchema),
  },
  /** Demo mode only (live: NOT_AUTHORISED): the trainer's view of the embedded simulator. */
  demoState: { input: z.object({}).strict(), output: demoStateSchema },
  /** Demo mode only: one trainer action (regimes, consent, source, receiver, scenario, reset). */
  demoControl: { input: demoControlSchema, output: demoStateSchema },
  /** Live mode: the card in the reader (holder, pass type, PIN state, refusal); polled. */
  cardStatus: { input: z.object({}).strict(), output: cardStatusSchema },
  /** Live mode: sign in with the UZI pass and its PIN (the PIN goes to the card only). */
  signInWithCard: { input: signInWithCardInputSchema, output: sessionSchema },
  /** The live configuration checklist; in live mode with a half configuration the app shows it. */
  liveCheck: { input: z.object({}).strict(), output: liveCheckSchema },
} as const satisfies Record<OperationName, Operation>;

export type Contract = typeof contract;

export type Input<K extends OperationName> = z.input<Contract[K]['input']>;
export type Output<K extends OperationName> = z.output<Contract[K]['output']>;

/** What the renderer calls: `window.schakel.<op>(input)`, always answering a Result. */
export type Api = { [K in OperationName]: (input: Input<K>) => Promise<Result<Output<K>>> };

export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && (operationNames as readonly string[]).includes(name);
