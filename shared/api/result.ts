import { z } from 'zod';

/** Stable error codes that cross the boundary. The renderer translates each one. */
export const errorCodes = [
  'VALIDATION',
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
