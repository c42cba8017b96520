import { checkFixedLengthNumber } from './fixedLengthNumber';
import type { IdentifierCheck } from './identifierCheck';

/** OID of UZI numbers of persons (passes). */
export const UZI_PERSON_OID = '2.16.528.1.1007.3.1';
/** OID of UZI numbers of systems (server certificates). */
export const UZI_SYSTEM_OID = '2.16.528.1.1007.3.2';

/** A UZI number: nine digits. No check digit is applied (none is published). */
export function checkUziNumber(input: string): IdentifierCheck {
  return checkFixedLengthNumber(input, 9);
}
