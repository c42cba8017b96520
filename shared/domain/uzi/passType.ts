/**
 * UZI pass types. The names are the strings of `passTypeSchema` in shared/api/schemas.ts (a test
 * keeps them equal); the letter is the one in the certificate's identity string.
 */
export const passTypes = [
  'zorgverlener',
  'medewerker-op-naam',
  'medewerker-niet-op-naam',
  'server',
] as const;
export type PassType = (typeof passTypes)[number];

export type PassLetter = 'Z' | 'N' | 'M' | 'S';

/**
 * How a pass may use the LSP:
 * - `own-role`: the holder queries on the authority of their own role;
 * - `under-overseer`: only with an overseer, whose role gives the authority;
 * - `none`: no LSP access;
 * - `system`: identifies a system (TLS), never a person.
 */
export type LspAccess = 'own-role' | 'under-overseer' | 'none' | 'system';

export interface PassTypeInfo {
  letter: PassLetter;
  lspAccess: LspAccess;
  nl: string;
  en: string;
}

export const passTypeInfo: Record<PassType, PassTypeInfo> = {
  zorgverlener: {
    letter: 'Z',
    lspAccess: 'own-role',
    nl: 'Zorgverlenerpas',
    en: 'Care professional pass',
  },
  'medewerker-op-naam': {
    letter: 'N',
    lspAccess: 'under-overseer',
    nl: 'Medewerkerpas op naam',
    en: 'Named employee pass',
  },
  'medewerker-niet-op-naam': {
    letter: 'M',
    lspAccess: 'none',
    nl: 'Medewerkerpas niet op naam',
    en: 'Unnamed employee pass',
  },
  server: { letter: 'S', lspAccess: 'system', nl: 'Servercertificaat', en: 'Server certificate' },
};

export function passTypeFromLetter(letter: string): PassType | null {
  for (const type of passTypes) if (passTypeInfo[type].letter === letter) return type;
  return null;
}
