import { isDigits, normaliseNumber } from './digits';
import type { IdentifierCheck } from './identifierCheck';

/** Checks a number that is a fixed count of digits without a public check digit. */
export function checkFixedLengthNumber(input: string, length: number): IdentifierCheck {
  const value = normaliseNumber(input);
  if (value === '') return { valid: false, reason: 'empty', value };
  if (!isDigits(value)) return { valid: false, reason: 'not-digits', value };
  if (value.length !== length) return { valid: false, reason: 'wrong-length', value };
  return { valid: true, value };
}
