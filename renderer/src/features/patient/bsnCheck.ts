/**
 * The BSN as the lookup field needs it, from the domain's identifier rules
 * (shared/domain/identifiers): normalise, eleven-check, display form and the reason texts.
 */
import {
  checkBsn,
  formatBsn,
  identifierReasonText,
  normaliseNumber,
} from '../../../../shared/domain/identifiers';

export type BsnFieldState =
  | { kind: 'empty' }
  | { kind: 'typing'; remaining: number }
  | { kind: 'valid'; bsn: string; display: string }
  | { kind: 'invalid'; explanation: { nl: string; en: string } };

/** What to say about the field while the user types: still typing is not an error. */
export function bsnFieldState(input: string): BsnFieldState {
  const digits = normaliseNumber(input);
  if (digits === '') return { kind: 'empty' };
  const check = checkBsn(input);
  if (check.valid) return { kind: 'valid', bsn: check.value, display: formatBsn(check.value) };
  // Fewer than nine digits is most likely a number still being typed (eight digits is only
  // complete when the leading zero makes it pass, handled above): not an error yet.
  if (/^\d+$/.test(digits) && digits.length < 9)
    return { kind: 'typing', remaining: 9 - digits.length };
  return { kind: 'invalid', explanation: identifierReasonText[check.reason] };
}

/** The submit-time verdict: everything that is not valid is explained, including a short number. */
export function bsnSubmitState(input: string): BsnFieldState {
  const state = bsnFieldState(input);
  if (state.kind === 'typing' || state.kind === 'empty') {
    const check = checkBsn(input);
    if (!check.valid) return { kind: 'invalid', explanation: identifierReasonText[check.reason] };
  }
  return state;
}

export { formatBsn };
