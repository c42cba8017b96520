import { describe, expect, it } from 'vitest';
import { checkAgb } from './agb';
import { checkUra } from './ura';
import { checkUziNumber } from './uziNumber';
import { identifierReasonText } from './identifierCheck';

describe('AGB, URA and UZI numbers', () => {
  it('accepts eight-digit AGB and URA codes and a nine-digit UZI number', () => {
    expect(checkAgb('01 234567')).toEqual({ valid: true, value: '01234567' });
    expect(checkUra('90000111')).toEqual({ valid: true, value: '90000111' });
    expect(checkUziNumber('900.010.001')).toEqual({ valid: true, value: '900010001' });
  });

  it('says why a number is refused', () => {
    expect(checkAgb('1234567')).toMatchObject({ valid: false, reason: 'wrong-length' });
    expect(checkUra('9000011x')).toMatchObject({ valid: false, reason: 'not-digits' });
    expect(checkUziNumber('')).toMatchObject({ valid: false, reason: 'empty' });
    expect(checkUziNumber('90001000')).toMatchObject({ valid: false, reason: 'wrong-length' });
  });

  it('has a Dutch and an English text for every reason', () => {
    for (const text of Object.values(identifierReasonText)) {
      expect(text.nl.length).toBeGreaterThan(10);
      expect(text.en.length).toBeGreaterThan(10);
    }
  });
});
