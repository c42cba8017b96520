import { describe, expect, it } from 'vitest';
import { fixture } from '../hl7/testing/fixtures';
import { createEmbeddedMessageScanner } from './embeddedMessages';

const batch = fixture('mp612/999900444_Decker-multi-QURX113.xml');
const scan = (chunks: string[]) => {
  const found: string[] = [];
  const scanner = createEmbeddedMessageScanner('QURX_IN990113NL', (m) => found.push(m));
  for (const c of chunks) scanner.push(c);
  return found;
};
const split = (text: string, size: number) =>
  Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
    text.slice(i * size, (i + 1) * size),
  );

describe('the streaming batch scanner', () => {
  const whole = scan([batch]);
  it('finds the three embedded answers, each whole', () => {
    expect(whole).toHaveLength(3);
    for (const m of whole) {
      expect(m.startsWith('<QURX_IN990113NL')).toBe(true);
      expect(m.endsWith('</QURX_IN990113NL>')).toBe(true);
    }
  });
  it.each([1, 7, 64, 1000, 16384])('finds the same in chunks of %i characters', (size) => {
    expect(scan(split(batch, size))).toEqual(whole);
  });
  it('finds prefixed end tags split across chunks', () => {
    const text = '<b><hl7:X a="1">one</hl7:X ><hl7:X>two</hl7:X></b>';
    const found: string[] = [];
    const s = createEmbeddedMessageScanner('X', (m) => found.push(m));
    for (const c of split(text, 3)) s.push(c);
    expect(found).toEqual(['<hl7:X a="1">one</hl7:X >', '<hl7:X>two</hl7:X>']);
  });
});
