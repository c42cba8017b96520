/**
 * The codec's one error type. Whatever is wrong with a message — not XML, hostile XML, too big,
 * too deep, wrong namespace, a mandatory element missing — it ends here, with where it went wrong.
 * Readers never return a partial result: they throw this instead.
 */
export interface MessageLocation {
  /** 1-based line in the XML text, when known. */
  line?: number;
  /** 1-based column in the XML text, when known. */
  column?: number;
  /** Element path from the root, e.g. "Envelope/Body/QURX_IN990113NL/ControlActProcess". */
  path?: string;
}

export class MalformedMessageError extends Error {
  readonly code = 'MALFORMED_MESSAGE' as const;

  constructor(
    message: string,
    readonly where: MessageLocation = {},
  ) {
    super(`${message}${describe(where)}`);
    this.name = 'MalformedMessageError';
  }

  /** The JSON form used across process boundaries and by the CLI. */
  toJSON(): { code: 'MALFORMED_MESSAGE'; message: string; where: MessageLocation } {
    return { code: this.code, message: this.message, where: this.where };
  }
}

function describe(where: MessageLocation): string {
  const parts: string[] = [];
  if (where.line !== undefined) parts.push(`line ${where.line}, column ${where.column ?? '?'}`);
  if (where.path) parts.push(`at ${where.path}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export const isMalformedMessage = (error: unknown): error is MalformedMessageError =>
  error instanceof MalformedMessageError;

/**
 * An answer that does not belong to the question: another patient's BSN, another message's
 * acknowledgement, another query's id. A patient-safety stop: the whole answer is refused and
 * nothing of it is shown.
 */
export class PatientSafetyError extends Error {
  readonly code = 'PATIENT_MISMATCH' as const;

  constructor(
    message: string,
    readonly mismatch: 'patient' | 'targetMessage' | 'queryId',
    readonly where: MessageLocation = {},
  ) {
    super(`${message}${describe(where)}`);
    this.name = 'PatientSafetyError';
  }
}

export const isPatientSafetyError = (error: unknown): error is PatientSafetyError =>
  error instanceof PatientSafetyError;
