import { describe, expect, it } from 'vitest';
import { numberText, quantityText, unitText } from './quantity';

describe('units and numbers as a doctor writes them', () => {
  it('UCUM brackets become the usual notation', () => {
    expect(unitText('mm[Hg]')).toBe('mmHg');
    expect(unitText('mmol/L')).toBe('mmol/l');
    expect(unitText('[foo]')).toBe('foo');
    expect(unitText(null)).toBe('');
  });
  it('a decimal comma in Dutch, a point in English; text stays as received', () => {
    expect(numberText(7.2, 'nl')).toBe('7,2');
    expect(numberText('7.2', 'en')).toBe('7.2');
    expect(numberText('7,2', 'en')).toBe('7.2');
    expect(numberText('120/80', 'nl')).toBe('120/80');
    expect(numberText('>10.5', 'nl')).toBe('>10.5');
    expect(quantityText(142, 'mm[Hg]', 'nl')).toBe('142 mmHg');
    expect(quantityText(7.25, 'mmol/L', 'nl')).toBe('7,25 mmol/l');
  });
});
