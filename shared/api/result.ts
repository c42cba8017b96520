import { z } from 'zod';

/** Stable error codes that cross the boundary. The renderer translates each one. */
export const errorCodes = [
  /** The input itself is wrong (schema, a field's value). */
  'VALIDATION',
  /** The thing asked for does not exist (a report id, a review entry, a scenario). */
  'NOT_FOUND',
  /** The input is fine but the state is not: open this patient first, the outbox key is missing. */
  'PRECONDITION',
  /** The id is already used for something else (a draft id reused for another patient). */
  'CONFLICT',
  /** The idle lock is on: every operation but unlock (and sign-out) is refused. */
  'SESSION_LOCKED',
  'UNKNOWN_OPERATION',
  'NOT_SIGNED_IN',
  'NOT_AUTHORISED',
  'CONSENT_OBJECTION',
  'SWITCHPOINT_UNREACHABLE',
  'SWITCHPOINT_TIMEOUT',
  'TLS_FAILURE',
  'SOURCE_UNAVAILABLE',
  'MALFORMED_MESSAGE',
  /** The answer is not about the patient (or not to the question) asked: refused, never shown. */
  'PATIENT_MISMATCH',
  'ACCESS_LOG_UNAVAILABLE',
  'FORBIDDEN_SENDER',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const apiErrorSchema = z.object({ code: z.enum(errorCodes), message: z.string() });

/** A failure a service raises on purpose, with a stable code. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
