import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainHashOf, chainMacOf } from './chain';

describe('chainMacOf', () => {
  it('gives exactly the HMAC-SHA256 of createHmac, for any key length and input', () => {
    for (const keyLength of [32, 16, 64, 65, 100]) {
      const key = randomBytes(keyLength);
      const mac = chainMacOf(key);
      const inputs: [string, string][] = [
        ['0'.repeat(64), '["schakel-accesslog-v1",1,"a"]'],
        ['f'.repeat(64), ''],
        ['', 'x'],
        ['ä previous é', 'Ünïcødé 𝄞 😀 \u2028 \u2029 中文 " \\ \u0000 end'],
        ['a'.repeat(64), '😀'.repeat(5000)],
        ['b'.repeat(64), 'short again'],
        ['c'.repeat(64), 'é'.repeat(20_000)],
      ];
      for (const [previous, canonical] of inputs)
        expect(mac(previous, canonical)).toBe(chainHashOf(key, previous, canonical));
    }
  });
});
