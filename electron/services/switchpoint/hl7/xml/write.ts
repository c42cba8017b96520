/**
 * A tiny XML element tree and its serialiser, for the codec's writers. Writing XML is only
 * escaping; reading it is not (see read.ts, which uses a real parser).
 */
export interface XmlNode {
  name: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  children?: XmlChild[];
}
export type XmlChild = XmlNode | string | null | undefined | false;

/** el('id', { root, extension }), el('name', {}, el('given', {}, 'Jan')) — nulls are dropped. */
export function el(
  name: string,
  attrs: XmlNode['attrs'] = {},
  ...children: (XmlChild | XmlChild[])[]
): XmlNode {
  return { name, attrs, children: children.flat() };
}

const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) =>
  escapeText(s)
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');

// Characters XML 1.0 cannot carry at all: refuse rather than write a message nobody can read.
// eslint-disable-next-line no-control-regex
const illegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function check(value: string): string {
  if (illegal.test(value)) throw new Error('text contains a character XML cannot carry');
  return value;
}

export function serialize(node: XmlNode, options: { declaration?: boolean } = {}): string {
  const out: string[] = options.declaration ? ['<?xml version="1.0" encoding="UTF-8"?>'] : [];
  write(node, out);
  return out.join('');
}

function write(node: XmlNode, out: string[]): void {
  out.push('<', node.name);
  for (const [key, value] of Object.entries(node.attrs ?? {})) {
    if (value === null || value === undefined) continue;
    out.push(' ', key, '="', escapeAttr(check(String(value))), '"');
  }
  const children = (node.children ?? []).filter(
    (c): c is XmlNode | string => c !== null && c !== undefined && c !== false,
  );
  if (children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of children) {
    if (typeof child === 'string') out.push(escapeText(check(child)));
    else write(child, out);
  }
  out.push('</', node.name, '>');
}
