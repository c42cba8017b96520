import { checkFixedLengthNumber } from './fixedLengthNumber';
import type { IdentifierCheck } from './identifierCheck';

/** OID of the AGB code (Vektis): eight digits, no public check digit. */
export const AGB_OID = '2.16.840.1.113883.2.4.6.1';

/** The AGB value a UZI identity carries when the holder has none. */
export const AGB_ABSENT = '00000000';

export function checkAgb(input: string): IdentifierCheck {
  return checkFixedLengthNumber(input, 8);
}
