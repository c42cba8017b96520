import { isDigits, normaliseNumber } from './digits';
import type { IdentifierCheck } from './identifierCheck';

/**
 * A BSN that passed the eleven-check, normalised to nine digits. Only `parseBsn` (and the
 * contract's `bsnSchema`, which calls it) makes one: past the contract boundary no service checks
 * a BSN again.
 */
export type Bsn = string & { readonly __brand: 'Bsn' };

/** OID of the BSN (burgerservicenummer). */
export const BSN_OID = '2.16.840.1.113883.2.4.6.3';

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/** The eleven-check sum of nine digits: weights 9…2 and −1 for the last digit. */
export function bsnCheckSum(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (WEIGHTS[i] ?? 0);
  return sum;
}

/**
 * Checks a BSN as typed or pasted: separators are dropped, an eight-digit number gets its
 * leading zero back, then the eleven-check decides. Invalid input says why.
 */
export function checkBsn(input: string): IdentifierCheck {
  let value = normaliseNumber(input);
  if (value === '') return { valid: false, reason: 'empty', value };
  if (!isDigits(value)) return { valid: false, reason: 'not-digits', value };
  if (value.length === 8) value = `0${value}`;
  if (value.length !== 9) return { valid: false, reason: 'wrong-length', value };
  if (/^0+$/.test(value)) return { valid: false, reason: 'all-zeros', value };
  if (bsnCheckSum(value) % 11 !== 0) return { valid: false, reason: 'checksum', value };
  return { valid: true, value };
}

export function isValidBsn(input: string): boolean {
  return checkBsn(input).valid;
}

/** The nine-digit BSN for a valid input, or null. */
export function parseBsn(input: string): Bsn | null {
  const check = checkBsn(input);
  return check.valid ? (check.value as Bsn) : null;
}

/** Display form `1234.56.782` (4-2-3). Expects a normalised nine-digit BSN. */
export function formatBsn(bsn: string): string {
  const digits = normaliseNumber(bsn).padStart(9, '0');
  return `${digits.slice(0, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
}
