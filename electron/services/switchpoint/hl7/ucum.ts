/**
 * Units as Schakel writes them: UCUM only (docs/codec.md, "What Schakel writes"). A unit the
 * doctor sees in Dutch (stuk, milliliter, gram) is written as its UCUM code; pieces are "1"
 * (the G-Standaard unit then goes in a translation, as the pharmacies' messages do).
 */
const TO_UCUM: Record<string, string> = {
  '1': '1',
  stuk: '1',
  stuks: '1',
  st: '1',
  tablet: '1',
  capsule: '1',
  dosis: '1',
  ml: 'mL',
  milliliter: 'mL',
  l: 'L',
  liter: 'L',
  g: 'g',
  gram: 'g',
  mg: 'mg',
  milligram: 'mg',
  microgram: 'ug',
  ug: 'ug',
  mcg: 'ug',
  ie: '[iU]',
  eenheid: '[iU]',
  'internationale eenheid': '[iU]',
  mmol: 'mmol',
  d: 'd',
  dag: 'd',
  wk: 'wk',
  week: 'wk',
  h: 'h',
  uur: 'h',
  min: 'min',
  minuut: 'min',
  mo: 'mo',
  maand: 'mo',
};

/** The UCUM code for a unit, or null when it is not one Schakel knows. */
export function ucumUnit(unit: string | null | undefined): string | null {
  if (unit === null || unit === undefined || unit.trim() === '') return '1';
  return TO_UCUM[unit.trim().toLowerCase()] ?? null;
}

/** The UCUM codes the wrapper check accepts in what Schakel writes. */
export const WRITTEN_UCUM = new Set(Object.values(TO_UCUM));

/** G-Standaard unit codes (thesaurus 2) for the piece-like units Schakel may be given as text. */
const GSTD: Record<string, string> = {
  stuk: '245',
  stuks: '245',
  st: '245',
  ml: '233',
  milliliter: '233',
  g: '215',
  gram: '215',
};

/** The G-Standaard unit code for a unit given as text, when known. */
export function gstdUnitCode(unit: string | null | undefined): string | null {
  return unit ? (GSTD[unit.trim().toLowerCase()] ?? null) : null;
}
