import { describe, expect, it } from 'vitest';
import { bsnCheckSum, checkBsn, formatBsn, isValidBsn, parseBsn } from './bsn';

/** A small deterministic generator (mulberry32) so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Valid BSNs: eight random digits and the one last digit that satisfies the eleven-check. */
function validBsns(count: number, seed = 20240416): string[] {
  const next = random(seed);
  const out: string[] = [];
  while (out.length < count) {
    const first = Array.from({ length: 8 }, () => Math.floor(next() * 10)).join('');
    const last = bsnCheckSum(`${first}0`) % 11;
    if (last === 10 || /^0+$/.test(first + String(last))) continue;
    out.push(first + String(last));
  }
  return out;
}

const sample = validBsns(500);

describe('BSN', () => {
  it('the generator produces numbers the eleven-check accepts (independently computed)', () => {
    for (const bsn of sample) {
      const digits = [...bsn].map(Number);
      const sum = digits.slice(0, 8).reduce((s, d, i) => s + d * (9 - i), 0) - (digits[8] ?? 0);
      expect(sum % 11).toBe(0);
    }
  });

  it('every valid number round-trips through display and parse', () => {
    for (const bsn of sample) {
      const shown = formatBsn(bsn);
      expect(shown).toMatch(/^\d{4}\.\d{2}\.\d{3}$/);
      expect(parseBsn(shown)).toBe(bsn);
      expect(parseBsn(shown.replace(/\./g, ' '))).toBe(bsn);
    }
  });

  it('every single-digit change is detected', () => {
    for (const bsn of sample.slice(0, 100)) {
      for (let position = 0; position < 9; position++) {
        for (let digit = 0; digit <= 9; digit++) {
          if (String(digit) === bsn[position]) continue;
          const changed = bsn.slice(0, position) + String(digit) + bsn.slice(position + 1);
          expect(isValidBsn(changed), `${bsn} → ${changed}`).toBe(false);
        }
      }
    }
  });

  it('accepts a known valid number and shows it as 1234.56.782', () => {
    expect(checkBsn('123456782')).toEqual({ valid: true, value: '123456782' });
    expect(formatBsn('123456782')).toBe('1234.56.782');
  });

  it('gives an eight-digit number its leading zero back', () => {
    // 012345672: 0*9+1*8+2*7+3*6+4*5+5*4+6*3+7*2-2 = 110
    expect(checkBsn('12345672')).toEqual({ valid: true, value: '012345672' });
    expect(formatBsn('012345672')).toBe('0123.45.672');
  });

  it('normalises pasted numbers with spaces, non-breaking spaces, dots and hyphens', () => {
    expect(parseBsn(' 1234 56 782 ')).toBe('123456782');
    expect(parseBsn('1234\u00a056\u00a0782')).toBe('123456782');
    expect(parseBsn('1234.56.782')).toBe('123456782');
    expect(parseBsn('1234-56-782')).toBe('123456782');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['12345678a', 'not-digits'],
    ['1234567', 'wrong-length'],
    ['1234567890', 'wrong-length'],
    ['000000000', 'all-zeros'],
    ['123456789', 'checksum'],
  ])('refuses %j with reason %s', (input, reason) => {
    const check = checkBsn(input);
    expect(check.valid).toBe(false);
    expect(check.valid ? null : check.reason).toBe(reason);
  });
});
