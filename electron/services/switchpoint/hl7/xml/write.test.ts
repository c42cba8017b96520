import { describe, expect, it } from 'vitest';
import { el, serialize } from './write';

describe('serialize', () => {
  it('escapes text and attributes and drops absent values', () => {
    const xml = serialize(
      el('a', { x: 'a"b<c', y: null, n: 3 }, el('b', {}, 'x & y < z'), null, false),
    );
    expect(xml).toBe('<a x="a&quot;b&lt;c" n="3"><b>x &amp; y &lt; z</b></a>');
  });
  it('writes empty elements self-closed and a declaration on request', () => {
    expect(serialize(el('e'), { declaration: true })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><e/>',
    );
  });
  it('refuses characters XML cannot carry', () => {
    expect(() => serialize(el('t', {}, 'bell \u0007'))).toThrow(/cannot carry/);
  });
});
