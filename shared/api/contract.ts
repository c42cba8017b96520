import { z } from 'zod';
import { accessLogEntrySchema, appInfoSchema, sessionSchema } from './schemas';
import {
  bsnInputSchema,
  medicationResultSchema,
  patientContextSchema,
  summaryResultSchema,
  verbalAnswerSchema,
} from './patientSchemas';
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
  accessLogRecent: {
    input: z.object({ limit: z.number().int().min(1).max(500) }).strict(),
    output: z.array(accessLogEntrySchema),
  },
  /** Opens a patient by BSN: identity, own GP, consent per source. Logged as a patient search. */
  patientOpen: { input: bsnInputSchema, output: patientContextSchema },
  /** Records the verbal answer at the desk (crisis regime), before any query. Logged. */
  consentRecordVerbal: {
    input: z
      .object({ bsn: z.string().min(1).max(32), answer: verbalAnswerSchema, reason: z.string().trim().max(500).nullable() })
      .strict(),
    output: patientContextSchema,
  },
  /** Closes the patient: cancels queries in flight and forgets the point-of-care record. */
  patientClose: { input: z.object({}).strict(), output: z.object({ closed: z.boolean() }) },
  /** The own GP's professional summary through the switchpoint. Logged before it is returned. */
  recordsSummary: { input: bsnInputSchema, output: summaryResultSchema },
  /** The pharmacies' dispenses and contra-indications/intolerances. Logged before it is returned. */
  recordsMedication: { input: bsnInputSchema, output: medicationResultSchema },
} as const satisfies Record<OperationName, Operation>;

export type Contract = typeof contract;

export type Input<K extends OperationName> = z.input<Contract[K]['input']>;
export type Output<K extends OperationName> = z.output<Contract[K]['output']>;

/** What the renderer calls: `window.schakel.<op>(input)`, always answering a Result. */
export type Api = { [K in OperationName]: (input: Input<K>) => Promise<Result<Output<K>>> };

export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && (operationNames as readonly string[]).includes(name);
