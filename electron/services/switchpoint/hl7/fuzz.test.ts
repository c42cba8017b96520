/**
 * Hostile, truncated and mutated input: every outcome is a valid result or a MalformedMessageError,
 * never another exception type.
 */
import { describe, expect, it } from 'vitest';
import { MalformedMessageError } from './errors';
import { hl7Codec } from './index';
import { fixture, messageFixtures } from './testing/fixtures';

/** mulberry32: a small seeded PRNG so failures can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function outcome(text: string): 'ok' | 'malformed' {
  try {
    hl7Codec.parseResponse(text);
    return 'ok';
  } catch (error) {
    if (error instanceof MalformedMessageError) return 'malformed';
    throw error;
  }
}

const expectMalformed = (text: string, pattern?: RegExp) => {
  let caught: unknown;
  try {
    hl7Codec.parseResponse(text);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(MalformedMessageError);
  expect((caught as MalformedMessageError).code).toBe('MALFORMED_MESSAGE');
  if (pattern) expect((caught as MalformedMessageError).message).toMatch(pattern);
};

describe('truncated messages', () => {
  it.each(messageFixtures())('%s cut anywhere is an error, never a partial result', (file) => {
    const text = fixture(file);
    const random = prng(7);
    for (let i = 0; i < 60; i++) {
      const cut = Math.floor(random() * (text.trimEnd().length - 1));
      expect(outcome(text.slice(0, cut))).toBe('malformed');
    }
  });
});

describe('mutated messages (seeded byte flips)', () => {
  it.each(messageFixtures())('%s', (file) => {
    const bytes = Buffer.from(fixture(file), 'utf8');
    const random = prng(42);
    for (let i = 0; i < 150; i++) {
      const copy = Buffer.from(bytes);
      const flips = 1 + Math.floor(random() * 8);
      for (let f = 0; f < flips; f++)
        copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      expect(['ok', 'malformed']).toContain(outcome(copy.toString('utf8')));
    }
  });
});

describe('hostile input', () => {
  it('billion laughs', () => {
    const defs = Array.from(
      { length: 10 },
      (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
    ).join('');
    expectMalformed(
      `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">${defs}]><r>&l10;</r>`,
      /DOCTYPE/,
    );
  });
  it('external entity', () => {
    expectMalformed(
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><QUPC_IN990002NL xmlns="urn:hl7-org:v3">&x;</QUPC_IN990002NL>',
      /DOCTYPE/,
    );
  });
  it('50 MB', () => {
    expectMalformed(`<r>${'x'.repeat(50 * 1024 * 1024)}</r>`, /larger than/);
  });
  it('10,000-deep nesting', () => {
    expectMalformed('<a>'.repeat(10_000) + '</a>'.repeat(10_000), /deeper/);
  });
  it('wrong namespace', () => {
    const text = fixture('hwg/QUPC_IN990002NL_01.xml').replace(
      'xmlns="urn:hl7-org:v3"',
      'xmlns="urn:hl7-org:v2"',
    );
    expectMalformed(text, /namespace/);
  });
  it.each([
    ['interactionId', /<interactionId[^>]*\/>/],
    ['queryAck', /<queryAck>[\s\S]*<\/queryAck>/],
    ['queryResponseCode', /<queryResponseCode[^>]*\/>/],
    ['ControlActProcess', /<ControlActProcess[\s\S]*<\/ControlActProcess>/],
    ['PrimaryCareProvision patient', /<subject contextControlCode="AP">[\s\S]*?<\/subject>/],
  ])('missing %s', (name, pattern) => {
    const text = fixture('hwg/QUPC_IN990002NL_01.xml').replace(pattern, '');
    expectMalformed(text);
  });
  it('a batch whose only answer is unreadable', () => {
    const text = fixture('mp612/999900444_Decker-multi-QURX113.xml').replace(
      /<interactionId (extension="QURX_IN990113NL" root|root="2.16.840.1.113883.1.6" extension)="[^"]*"/g,
      '<interactionId root="1.2.3" extension="QURX_IN990113NL"',
    );
    expectMalformed(text, /no answer in the batch could be read/);
  });
  it('an interactionId that does not match the element', () => {
    expectMalformed(
      fixture('ica/REPC_EX000024NL_01.xml').replace(
        'extension="REPC_IN000024NL"',
        'extension="REPC_IN000023NL"',
      ),
      /does not match/,
    );
  });
  it('not XML, empty, binary', () => {
    for (const text of ['', 'hello', '\u0000\u0001', '{"kind":"summary"}', '<a>'])
      expectMalformed(text);
  });
});
