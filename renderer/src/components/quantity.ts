/**
 * Units and numbers as a doctor writes them (issue 16 point 6): UCUM codes from the messages
 * become the usual notation ("mm[Hg]" → "mmHg"), and a decimal number gets a decimal comma in
 * Dutch ("7,2 mmol/l"), a point in English. Values that are not plain numbers stay as received.
 * Powers of ten as a lab writes them in plain text ("×10^9/l"): superscript digits are missing
 * from some default fonts (safeGlyphs.ts).
 */
const UNIT_WORDS: Record<string, string> = {
  'mm[Hg]': 'mmHg',
  'mmol/L': 'mmol/l',
  'umol/L': 'µmol/l',
  'mg/dL': 'mg/dl',
  'g/L': 'g/l',
  'mL/min/{1.73_m2}': 'ml/min/1,73m²',
  'kg/m2': 'kg/m²',
  '/min': '/min',
  Cel: '°C',
  '[degC]': '°C',
  '%': '%',
  '10*9/L': '×10^9/l',
  '10*12/L': '×10^12/l',
  'U/L': 'U/l',
  mL: 'ml',
  L: 'l',
};

export function unitText(unit: string | null | undefined): string {
  if (!unit) return '';
  return UNIT_WORDS[unit] ?? unit.replace(/\[([^\]]+)\]/g, '$1');
}

const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

export function numberText(value: unknown, language: 'nl' | 'en'): string {
  if (value === null || value === undefined) return '';
  const text = String(value).trim();
  if (!PLAIN_NUMBER.test(text)) return text;
  const point = text.replace(',', '.');
  return language === 'nl' ? point.replace('.', ',') : point;
}

/** "120 mmHg", "7,2 mmol/l"; a value without a unit is the number alone. */
export function quantityText(
  value: unknown,
  unit: string | null | undefined,
  language: 'nl' | 'en',
) {
  const u = unitText(unit);
  const n = numberText(value, language);
  return u ? `${n} ${u}` : n;
}
