export type { LspAccess, PassLetter, PassType, PassTypeInfo } from './passType';
export { passTypeFromLetter, passTypeInfo, passTypes } from './passType';
export type { UziIdentity, UziIdentityParse, UziIdentityProblem } from './uziIdentity';
export {
  UZI_IDENTITY_OTHER_NAME_OID,
  formatUziIdentityString,
  parseUziIdentityString,
} from './uziIdentity';
