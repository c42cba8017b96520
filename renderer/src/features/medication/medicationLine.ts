/**
 * A medication line as the screen shows it (domain.md §11, NHS CUI order): generic name,
 * strength, form; the dosage text as given; its source and date. Parsing the G-Standaard
 * display is a best effort: what cannot be split stays in the name, never dropped.
 */
export interface ProductParts {
  name: string;
  strength: string | null;
  form: string | null;
}

const STRENGTH =
  /(\d+(?:[.,]\d+)?\s*(?:MICROGRAM|MICROG|MCG|µG|MG|G|ML|IE|E|%|MMOL)(?:\s*\/\s*(?:\d+(?:[.,]\d+)?\s*)?(?:ML|G|DOSIS|DO|ST|UUR|24\s?UUR))?)(?=\s|$|\/)/i;

export function productParts(display: string | null): ProductParts {
  const text = (display ?? '').trim().replace(/\s+/g, ' ');
  const match = STRENGTH.exec(text);
  if (!match || match.index === 0) return { name: text, strength: null, form: null };
  const name = text.slice(0, match.index).trim();
  const form = text.slice(match.index + match[0].length).trim();
  return { name, strength: (match[1] ?? match[0]).replace(/\s+/g, ''), form: form || null };
}

/** Salt and hydrate words that do not change the substance for the double-use check. */
const SALTS = new Set([
  'TARTRAAT',
  'SUCCINAAT',
  'NATRIUM',
  'KALIUM',
  'CALCIUM',
  'HYDROCHLORIDE',
  'HCL',
  'MALEAAT',
  'BESILAAT',
  'MESILAAT',
  'FUMARAAT',
  'DIHYDRAAT',
  'MONOHYDRAAT',
  'TRIHYDRAAT',
  'ZOUT',
  'BROMIDE',
  'SULFAAT',
  'CITRAAT',
  'ACETAAT',
]);

const ATC_SYSTEM = '2.16.840.1.113883.6.73';

/** The key that groups lines of the same substance: the ATC code when given, else the name without salts. */
export function substanceKey(
  name: string,
  translations?: { code: string | null; codeSystem: string | null }[],
): string {
  const atc = translations?.find((t) => t.codeSystem === ATC_SYSTEM && t.code);
  if (atc?.code) return `atc:${atc.code.toUpperCase()}`;
  const words = name
    .toUpperCase()
    .split(/[\s,]+/)
    .filter((w) => w && !SALTS.has(w));
  return `name:${words.join(' ') || name.toUpperCase()}`;
}
