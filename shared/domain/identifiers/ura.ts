import { checkFixedLengthNumber } from './fixedLengthNumber';
import type { IdentifierCheck } from './identifierCheck';

/** OID of the URA (UZI-register abonneenummer) of an organisation. */
export const URA_OID = '2.16.528.1.1007.3.3';

/** A URA: the UZI register's subscriber number, eight digits. */
export function checkUra(input: string): IdentifierCheck {
  return checkFixedLengthNumber(input, 8);
}
