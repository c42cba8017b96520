import { ServiceError, type ErrorCode } from '../../../../shared/api/result';

/** The codes a switchpoint call can fail with (issue 5). */
export type SwitchpointErrorCode = Extract<
  ErrorCode,
  | 'SWITCHPOINT_UNREACHABLE'
  | 'SWITCHPOINT_TIMEOUT'
  | 'TLS_FAILURE'
  | 'NOT_AUTHORISED'
  | 'SOURCE_UNAVAILABLE'
  | 'MALFORMED_MESSAGE'
  | 'PATIENT_MISMATCH'
>;

/** A ServiceError with the request's correlation id (for the access log) and whether a retry is safe. */
export class SwitchpointError extends ServiceError {
  constructor(
    code: SwitchpointErrorCode,
    message: string,
    readonly correlationId: string,
    /** True only when the request certainly did not reach the switchpoint's processing. */
    readonly retryable = false,
  ) {
    super(code, message);
    this.name = 'SwitchpointError';
  }
}

/** The user closed the patient (or signed out): not an error of the switchpoint. */
export class SwitchpointCancelled extends Error {
  constructor(readonly correlationId: string) {
    super('The switchpoint request was cancelled.');
    this.name = 'AbortError';
  }
}

// INVALID_PURPOSE: a certificate without serverAuth (or clientAuth) in its extended key usage.
const TLS_CODES = /CERT|SSL|TLS|EPROTO|ALTNAME|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|PURPOSE/;
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ECONNRESET',
  'EPIPE',
]);

/**
 * A network error as one of the stable codes. `secured` says whether the TLS handshake had
 * completed: a reset before that is the server refusing our certificate, not an outage.
 */
export function classifyNetworkError(
  error: NodeJS.ErrnoException,
  secured: boolean,
  correlationId: string,
): SwitchpointError {
  const code = error.code ?? '';
  if (TLS_CODES.test(code) || TLS_CODES.test(error.message)) {
    return new SwitchpointError(
      'TLS_FAILURE',
      `TLS with the switchpoint failed (${code || error.message}).`,
      correlationId,
    );
  }
  if (code === 'ECONNRESET' && !secured) {
    return new SwitchpointError(
      'TLS_FAILURE',
      'The switchpoint closed the connection during the TLS handshake (certificate refused?).',
      correlationId,
    );
  }
  if (UNREACHABLE_CODES.has(code)) {
    return new SwitchpointError(
      'SWITCHPOINT_UNREACHABLE',
      `The switchpoint cannot be reached (${code}).`,
      correlationId,
      !secured,
    );
  }
  return new SwitchpointError(
    'SWITCHPOINT_UNREACHABLE',
    `Connection to the switchpoint failed (${code || error.name}).`,
    correlationId,
    false,
  );
}
