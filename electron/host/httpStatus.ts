import type { ErrorCode, Result } from '../../shared/api/result';

/**
 * The HTTP status the browser host answers for a result. The body is always the Result itself, so
 * the renderer reads the code from the body; the status is for proxies, logs and tools that look
 * only at it.
 */
export const httpStatusOf: Record<ErrorCode, number> = {
  VALIDATION: 422,
  NOT_FOUND: 404,
  PRECONDITION: 409,
  CONFLICT: 409,
  SESSION_LOCKED: 423,
  UNKNOWN_OPERATION: 404,
  NOT_SIGNED_IN: 401,
  NOT_AUTHORISED: 403,
  CONSENT_OBJECTION: 403,
  FORBIDDEN_SENDER: 403,
  SWITCHPOINT_UNREACHABLE: 502,
  TLS_FAILURE: 502,
  SOURCE_UNAVAILABLE: 502,
  MALFORMED_MESSAGE: 502,
  PATIENT_MISMATCH: 502,
  SWITCHPOINT_TIMEOUT: 504,
  ACCESS_LOG_UNAVAILABLE: 503,
  INTERNAL: 500,
};

export const statusOfResult = (result: Result<unknown>): number =>
  result.ok ? 200 : httpStatusOf[result.error.code];
