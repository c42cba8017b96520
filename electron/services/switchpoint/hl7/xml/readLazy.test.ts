/**
 * The tree reads attributes and text from the source on access instead of collecting them during
 * the parse. This checks it against what saxes itself reports, element by element: on every
 * Nictiz fixture, on hand-written awkward cases and on random documents.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { describe, expect, it } from 'vitest';
import { fixture, messageFixtures } from '../testing/fixtures';
import { attr, attrNs, parseXml, type XmlElement } from './read';

interface Reference {
  ns: string;
  local: string;
  attrs: Record<string, string>;
  attrsNs: Record<string, string>;
  text: string;
  line: number;
  children: Reference[];
}

/** What saxes reports, collected the plain way (the reader's former implementation). */
function reference(xml: string): Reference {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Reference[] = [];
  let root: Reference | undefined;
  parser.on('opentag', (tag: SaxesTagNS) => {
    const el: Reference = {
      ns: tag.uri,
      local: tag.local,
      attrs: {},
      attrsNs: {},
      text: '',
      line: parser.line,
      children: [],
    };
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      if (a.uri === '') el.attrs[a.local] = a.value;
      else el.attrsNs[`{${a.uri}}${a.local}`] = a.value;
    }
    stack[stack.length - 1]?.children.push(el);
    root ??= el;
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const onText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.write(xml).close();
  return root as Reference;
}

function same(el: XmlElement, ref: Reference, at = ref.local): void {
  expect({ at, ns: el.ns, local: el.local, line: el.line, text: el.text }).toEqual({
    at,
    ns: ref.ns,
    local: ref.local,
    line: ref.line,
    text: ref.text,
  });
  expect({ ...el.attrs }).toEqual(ref.attrs);
  expect({ ...el.attrsNs }).toEqual(ref.attrsNs);
  for (const [name, value] of Object.entries(ref.attrs)) expect(attr(el, name)).toBe(value);
  for (const [key, value] of Object.entries(ref.attrsNs)) {
    const [, uri, local] = /^\{(.*)\}(.*)$/.exec(key) as RegExpExecArray;
    expect(attrNs(el, uri as string, local as string)).toBe(value);
  }
  expect(el.children.length).toBe(ref.children.length);
  el.children.forEach((c, i) => same(c, ref.children[i] as Reference, `${at}/${c.local}`));
}

const check = (xml: string) => same(parseXml(xml), reference(xml));

describe('the lazily read tree equals what saxes reports', () => {
  it('on every Nictiz fixture', () => {
    const files = messageFixtures();
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) check(fixture(file));
  });

  it('on awkward text and attributes', () => {
    const cases = [
      `<a x="1" y = '2'\n z\t=\r\n"3"/>`,
      `<a v="t&amp;u &lt;&gt;&quot;&apos; &#65;&#x42;&#x1F600;">x&amp;y&#10;z</a>`,
      `<a v="line\r\nbreak\rand\ttab\nend">one\r\ntwo\rthree</a>`,
      `<a>before<!-- note <b/> -->after<?pi data?>more<![CDATA[<raw> &amp; \r\n]]>end</a>`,
      `<a>  <b>t</b> mid <c/>\n tail <d></d></a>`,
      `<a xmlns="urn:d" xmlns:p="urn:p" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" p:x="1" xsi:type="PQ" value="2"><p:b p:y="&amp;" y="3"/></a>`,
      `<a v="a>b" w='"'>x&gt;y</a >`,
      `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<a>\r\n  <b>é 😀</b>\r\n</a>\r\n`,
      `<?xml version="1.1"?><a v="x\u0085y\u2028z\r\u0085w">p\u0085q\u2028r\r\u0085s</a>`,
      `<a xmlns="urn:x"><b xmlns=""><c/></b></a>`,
      `<a></a>`,
      `<a/>`,
    ];
    for (const xml of cases) check(xml);
  });

  it('on random documents', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = ['x', ' ', '\n', '\r\n', '\t', '&amp;', '&#233;', '&lt;', 'é', '😀', '>', '"'];
    const textOf = () =>
      Array.from({ length: rnd(5) }, () => pieces[rnd(pieces.length)])
        .join('')
        .replace(/"/g, rnd(2) ? '&quot;' : '"');
    const element = (depth: number): string => {
      const name = ['a', 'b', 'p:c', 'value'][rnd(4)] as string;
      const attrs = Array.from(
        { length: rnd(4) },
        (_, i) => ` ${['k', 'p:k', 'code'][i % 3]}${i}${[' = ', '='][rnd(2)]}"${textOf()}"`,
      ).join('');
      if (depth > 3 || rnd(3) === 0) return `<${name}${attrs}${rnd(2) ? ' ' : ''}/>`;
      const body = Array.from({ length: rnd(4) }, () =>
        rnd(2)
          ? element(depth + 1)
          : rnd(4) === 0
            ? `<![CDATA[${textOf()}]]>`
            : rnd(5) === 0
              ? '<!-- c -->'
              : textOf(),
      ).join('');
      return `<${name}${attrs}>${body}</${name}${rnd(2) ? ' ' : ''}>`;
    };
    for (let i = 0; i < 300; i++) check(`<root xmlns:p="urn:p">${element(0)}</root>`);
  });
});
