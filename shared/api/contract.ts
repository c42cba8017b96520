import { z } from 'zod';
import { accessLogEntrySchema, appInfoSchema, sessionSchema } from './schemas';
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
} as const satisfies Record<OperationName, Operation>;

export type Contract = typeof contract;

export type Input<K extends OperationName> = z.input<Contract[K]['input']>;
export type Output<K extends OperationName> = z.output<Contract[K]['output']>;

/** What the renderer calls: `window.schakel.<op>(input)`, always answering a Result. */
export type Api = { [K in OperationName]: (input: Input<K>) => Promise<Result<Output<K>>> };

export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && (operationNames as readonly string[]).includes(name);
