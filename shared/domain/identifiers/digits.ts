/**
 * Makes a pasted number comparable: drops spaces (also non-breaking), dots and hyphens, the
 * separators people and systems use when they write BSN, AGB, UZI and URA numbers.
 * Anything else is kept, so the validator can say what is wrong with it.
 */
export function normaliseNumber(input: string): string {
  return input.replace(/[\s\u00a0\u2007\u202f.\-–]/g, '');
}

export function isDigits(value: string): boolean {
  return /^[0-9]+$/.test(value);
}
