/** OID of RoleCodeNL, the code system of UZI role codes. */
export const ROLE_CODE_SYSTEM = '2.16.840.1.113883.2.4.15.111';

/**
 * What a role may do at the LSP, in the terms of the authorisation guidelines (domain.md §7):
 * - `generalist`: may read the professional summary as locum or co-treating (and send the locum report);
 * - `physician`: a prescribing physician (medication and ICA);
 * - `emergency-physician`: SEH physician: medication and ICA; the summary only under the crisis regime;
 * - `pharmacist`: medication and ICA;
 * - `no-lsp-access`: company and insurance physicians, who have no LSP access at all;
 * - `none`: no LSP authorisation of its own (00.000 of employee and server passes, nurses, …).
 */
export type RoleGroup =
  'generalist' | 'physician' | 'emergency-physician' | 'pharmacist' | 'no-lsp-access' | 'none';

export interface Role {
  code: string;
  nl: string;
  en: string;
  group: RoleGroup;
}

/**
 * The roles Schakel knows by name. Codes and Dutch names from RoleCodeNL as published with
 * the UZI register; any other `01.xxx` code is a medical specialism and counts as `physician`.
 */
export const roleCatalogue: readonly Role[] = [
  {
    code: '00.000',
    nl: 'Geen rol (medewerker of systeem)',
    en: 'No role (staff or system)',
    group: 'none',
  },
  { code: '01.000', nl: 'Arts', en: 'Physician', group: 'physician' },
  {
    code: '01.004',
    nl: 'Apotheekhoudend huisarts',
    en: 'Dispensing general practitioner',
    group: 'generalist',
  },
  { code: '01.008', nl: 'Bedrijfsarts', en: 'Company physician', group: 'no-lsp-access' },
  { code: '01.010', nl: 'Cardioloog', en: 'Cardiologist', group: 'physician' },
  { code: '01.014', nl: 'Chirurg', en: 'Surgeon', group: 'physician' },
  { code: '01.015', nl: 'Huisarts', en: 'General practitioner', group: 'generalist' },
  { code: '01.016', nl: 'Internist', en: 'Internist', group: 'physician' },
  { code: '01.019', nl: 'Kinderarts', en: 'Paediatrician', group: 'physician' },
  { code: '01.022', nl: 'Klinisch geriater', en: 'Clinical geriatrician', group: 'physician' },
  { code: '01.026', nl: 'Neuroloog', en: 'Neurologist', group: 'physician' },
  { code: '01.035', nl: 'Psychiater', en: 'Psychiatrist', group: 'physician' },
  {
    code: '01.047',
    nl: 'Specialist ouderengeneeskunde',
    en: 'Elderly-care physician',
    group: 'generalist',
  },
  { code: '01.048', nl: 'Verzekeringsarts', en: 'Insurance physician', group: 'no-lsp-access' },
  {
    code: '01.056',
    nl: 'Arts voor verstandelijk gehandicapten',
    en: 'Physician for people with intellectual disabilities',
    group: 'generalist',
  },
  {
    code: '01.071',
    nl: 'Spoedeisende-hulparts',
    en: 'Emergency physician',
    group: 'emergency-physician',
  },
  { code: '17.000', nl: 'Apotheker', en: 'Pharmacist', group: 'pharmacist' },
  { code: '17.060', nl: 'Ziekenhuisapotheker', en: 'Hospital pharmacist', group: 'pharmacist' },
  { code: '17.075', nl: 'Openbaar apotheker', en: 'Community pharmacist', group: 'pharmacist' },
  { code: '30.000', nl: 'Verpleegkundige', en: 'Nurse', group: 'none' },
  {
    code: '30.065',
    nl: 'Verpleegkundig specialist preventieve zorg bij somatische aandoeningen',
    en: 'Nurse specialist, preventive care (somatic)',
    group: 'generalist',
  },
  {
    code: '30.066',
    nl: 'Verpleegkundig specialist acute zorg bij somatische aandoeningen',
    en: 'Nurse specialist, acute care (somatic)',
    group: 'generalist',
  },
  {
    code: '30.067',
    nl: 'Verpleegkundig specialist intensieve zorg bij somatische aandoeningen',
    en: 'Nurse specialist, intensive care (somatic)',
    group: 'generalist',
  },
  {
    code: '30.068',
    nl: 'Verpleegkundig specialist chronische zorg bij somatische aandoeningen',
    en: 'Nurse specialist, chronic care (somatic)',
    group: 'generalist',
  },
  {
    code: '30.069',
    nl: 'Verpleegkundig specialist geestelijke gezondheidszorg',
    en: 'Nurse specialist, mental health care',
    group: 'generalist',
  },
  { code: '81.000', nl: 'Physician assistant', en: 'Physician assistant', group: 'generalist' },
];

const byCode = new Map(roleCatalogue.map((role) => [role.code, role]));

/** A role code looks like `01.015`. */
export function isRoleCode(code: string): boolean {
  return /^\d{2}\.\d{3}$/.test(code);
}

/** The catalogue entry, or for an unlisted `01.xxx` a medical specialism; null if unknown. */
export function findRole(code: string): Role | null {
  const known = byCode.get(code);
  if (known) return known;
  if (/^01\.\d{3}$/.test(code)) {
    return {
      code,
      nl: `Medisch specialist (${code})`,
      en: `Medical specialist (${code})`,
      group: 'physician',
    };
  }
  return null;
}

export function roleGroup(code: string): RoleGroup {
  return findRole(code)?.group ?? 'none';
}

/** Label for display; an unknown code is shown as itself. */
export function roleLabel(code: string, language: 'nl' | 'en'): string {
  return findRole(code)?.[language] ?? code;
}
