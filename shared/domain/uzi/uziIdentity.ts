import { AGB_ABSENT, checkAgb } from '../identifiers/agb';
import { checkUra } from '../identifiers/ura';
import { checkUziNumber } from '../identifiers/uziNumber';
import { isRoleCode } from '../roles/roleCatalogue';
import { type PassType, passTypeFromLetter, passTypeInfo } from './passType';

/** The OID of the otherName in subjectAltName that carries the UZI identity string. */
export const UZI_IDENTITY_OTHER_NAME_OID = '2.5.5.5';

/**
 * The identity a UZI certificate carries, from the string
 * `<CA OID>-<version>-<UZI number>-<pass type>-<URA>-<role>-<AGB>`.
 */
export interface UziIdentity {
  caOid: string;
  version: string;
  uziNumber: string;
  passType: PassType;
  ura: string;
  roleCode: string;
  /** null when the string carries `00000000` (no AGB). */
  agb: string | null;
}

export type UziIdentityProblem =
  | 'field-count'
  | 'ca-oid'
  | 'version'
  | 'uzi-number'
  | 'pass-type'
  | 'ura'
  | 'role'
  | 'agb'
  | 'role-for-pass-type';

export type UziIdentityParse =
  { ok: true; identity: UziIdentity } | { ok: false; problem: UziIdentityProblem; message: string };

function fail(problem: UziIdentityProblem, message: string): UziIdentityParse {
  return { ok: false, problem, message };
}

/** Parses the identity string; a wrong string says which part is wrong. */
export function parseUziIdentityString(text: string): UziIdentityParse {
  const parts = text.trim().split('-');
  if (parts.length !== 7) {
    return fail('field-count', `expected 7 fields separated by '-', found ${parts.length}`);
  }
  const [caOid, version, uziNumber, letter, ura, roleCode, agb] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (!/^\d+(\.\d+)+$/.test(caOid)) return fail('ca-oid', `CA OID '${caOid}' is not an OID`);
  if (!/^\d+$/.test(version)) return fail('version', `version '${version}' is not a number`);
  if (!checkUziNumber(uziNumber).valid || uziNumber.length !== 9) {
    return fail('uzi-number', `UZI number '${uziNumber}' is not nine digits`);
  }
  const passType = passTypeFromLetter(letter);
  if (!passType) return fail('pass-type', `pass type '${letter}' is not one of Z, N, M, S`);
  if (!checkUra(ura).valid || ura.length !== 8) {
    return fail('ura', `URA '${ura}' is not eight digits`);
  }
  if (!isRoleCode(roleCode))
    return fail('role', `role '${roleCode}' is not a role code like 01.015`);
  if (passType !== 'zorgverlener' && roleCode !== '00.000') {
    return fail('role-for-pass-type', `a ${passType} pass carries role 00.000, not ${roleCode}`);
  }
  if (!checkAgb(agb).valid || agb.length !== 8)
    return fail('agb', `AGB '${agb}' is not eight digits`);
  return {
    ok: true,
    identity: {
      caOid,
      version,
      uziNumber,
      passType,
      ura,
      roleCode,
      agb: agb === AGB_ABSENT ? null : agb,
    },
  };
}

/** The identity string for an identity (the inverse of `parseUziIdentityString`). */
export function formatUziIdentityString(identity: UziIdentity): string {
  return [
    identity.caOid,
    identity.version,
    identity.uziNumber,
    passTypeInfo[identity.passType].letter,
    identity.ura,
    identity.roleCode,
    identity.agb ?? AGB_ABSENT,
  ].join('-');
}
