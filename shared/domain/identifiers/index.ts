export { normaliseNumber } from './digits';
export type { IdentifierCheck, IdentifierReason } from './identifierCheck';
export { identifierReasonText } from './identifierCheck';
export type { Bsn } from './bsn';
export { BSN_OID, bsnCheckSum, checkBsn, formatBsn, isValidBsn, parseBsn } from './bsn';
export { AGB_ABSENT, AGB_OID, checkAgb } from './agb';
export { UZI_PERSON_OID, UZI_SYSTEM_OID, checkUziNumber } from './uziNumber';
export { URA_OID, checkUra } from './ura';
