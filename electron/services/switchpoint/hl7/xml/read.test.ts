import { describe, expect, it } from 'vitest';
import { MalformedMessageError } from '../errors';
import { attr, child, children, HL7_NS, parseXml, path, pathAll, textOf, xsiType } from './read';

const malformed = (xml: string, limits?: Parameters<typeof parseXml>[1]): MalformedMessageError => {
  try {
    parseXml(xml, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(MalformedMessageError);
    return error as MalformedMessageError;
  }
  throw new Error('expected a MalformedMessageError');
};

describe('parseXml', () => {
  it('builds a namespace-aware tree with attributes, xsi:type and text', () => {
    const root = parseXml(
      `<?xml version="1.0"?><m xmlns="${HL7_NS}" xmlns:x="urn:x" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
        `<a code="1"><b>t&amp;u<![CDATA[<v>]]></b></a><a code="2"/><x:a/><value xsi:type="PQ" value="3"/></m>`,
    );
    expect(root.ns).toBe(HL7_NS);
    expect(root.local).toBe('m');
    expect(children(root, 'a').map((a) => attr(a, 'code'))).toEqual(['1', '2']);
    expect(children(root, 'a', 'urn:x')).toHaveLength(1);
    expect(textOf(path(root, 'a/b'))).toBe('t&u<v>');
    expect(xsiType(child(root, 'value'))).toBe('PQ');
    expect(attr(root, 'xmlns')).toBeUndefined();
    expect(pathAll(root, 'a')).toHaveLength(2);
    expect(path(root, 'a/missing')).toBeUndefined();
  });

  it('rejects a DOCTYPE, so no entity can be declared or expanded (billion laughs, XXE)', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><l>&b;</l>`;
    expect(malformed(laughs).message).toMatch(/DOCTYPE/);
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>`;
    expect(malformed(xxe).code).toBe('MALFORMED_MESSAGE');
  });

  it('rejects undeclared entities', () => {
    expect(malformed('<r>&nbsp;</r>').message).toMatch(/not well-formed/);
  });

  it('enforces the size limit before parsing', () => {
    expect(malformed('<r>' + 'x'.repeat(2000) + '</r>', { maxBytes: 1000 }).message).toMatch(
      /larger than/,
    );
    // multi-byte characters count as bytes
    expect(malformed('<r>' + 'é'.repeat(600) + '</r>', { maxBytes: 1000 }).message).toMatch(
      /larger than/,
    );
  });

  it('enforces the depth limit and says where', () => {
    const deep = '<a>'.repeat(10_000) + '</a>'.repeat(10_000);
    const error = malformed(deep);
    expect(error.message).toMatch(/deeper than/);
    expect(error.where.line).toBe(1);
    expect(error.where.path?.split('/').length).toBe(256);
  });

  it('reports line and column of syntax errors', () => {
    const error = malformed('<a>\n  <b></a>');
    expect(error.where.line).toBe(2);
    expect(error.where.path).toMatch(/^a/);
  });

  it('rejects empty input, text outside the root, two roots and unbound prefixes', () => {
    for (const bad of ['', '   ', 'hello', '<a/><b/>', '<p:a/>', '<a>', '<a></b>']) malformed(bad);
  });

  it('keeps names that are not shared (too many, too long) per document', () => {
    const long = 'n'.repeat(100);
    const names = Array.from({ length: 5000 }, (_, i) => `e${i}x${'y'.repeat(i % 3)}`);
    const xml = `<r xmlns="${HL7_NS}">${names.map((n) => `<${n} v="${n}">${n}</${n}>`).join('')}<${long}/><o xmlns="urn:o"/></r>`;
    for (let round = 0; round < 2; round++) {
      const root = parseXml(xml);
      expect(root.children.map((c) => c.local)).toEqual([...names, long, 'o']);
      for (const n of [names[0], names[4999], names[2500]] as string[]) {
        expect(attr(child(root, n), 'v')).toBe(n);
        expect(textOf(child(root, n))).toBe(n);
      }
      expect(child(root, long)?.local).toBe(long);
      expect(child(root, 'o')).toBeUndefined();
      expect(child(root, 'o', 'urn:o')?.ns).toBe('urn:o');
      expect(children(root, 'missing-name')).toEqual([]);
    }
  });

  it('gives equal views of one element', () => {
    const root = parseXml(`<r xmlns="${HL7_NS}"><a x="1">t<b/>u</a></r>`);
    const [a1, a2] = [child(root, 'a'), root.children[0]];
    expect(a1?.local).toBe(a2?.local);
    expect(a1?.line).toBe(1);
    expect(a1?.text).toBe('tu');
    expect(attr(a2, 'x')).toBe('1');
  });
});
