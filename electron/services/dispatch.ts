import {
  contract,
  isOperationName,
  type OperationName,
  type Output,
} from '../../shared/api/contract';
import { ServiceError, type Result } from '../../shared/api/result';
import type { z } from 'zod';

/** One function per contract operation, given the already validated input. */
export type Handlers = {
  [K in OperationName]: (
    input: z.output<(typeof contract)[K]['input']>,
  ) => Promise<Output<K>> | Output<K>;
};

/**
 * The one door into the services, used by IPC and by the browser host alike: unknown operations
 * and invalid input are refused with stable codes before any service runs; a service's own
 * ServiceError keeps its code; anything else becomes INTERNAL without leaking details.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!isOperationName(name)) {
    return { ok: false, error: { code: 'UNKNOWN_OPERATION', message: 'No such operation.' } };
  }
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'input';
    return {
      ok: false,
      error: { code: 'VALIDATION', message: `Invalid ${where}: ${issue?.message ?? 'rejected'}` },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown> | unknown;
    const value = await handler(parsed.data);
    return { ok: true, value: contract[name].output.parse(value) };
  } catch (error) {
    if (error instanceof ServiceError) {
      return { ok: false, error: { code: error.code, message: error.message } };
    }
    // Diagnostics carry the operation name and error class only, never data.
    console.error(`[schakel] ${name} failed: ${(error as Error)?.name ?? 'Error'}`);
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong in Schakel.' } };
  }
}
