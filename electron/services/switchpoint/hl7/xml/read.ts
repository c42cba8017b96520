/**
 * The safe XML reader: text in, a namespace-aware element tree out, or a MalformedMessageError.
 * Built on saxes (strict, namespace-aware). Refuses any DOCTYPE, so no entity can be declared and
 * none expanded; only the five predefined entities and character references exist. Enforces a size
 * and a depth limit. Never returns a partial tree.
 */
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { MalformedMessageError } from '../errors';
import { HL7_NS, XSI_NS } from '../namespaces';

export { MalformedMessageError } from '../errors';
export { HL7_NS, SOAP_NS, XSI_NS } from '../namespaces';

export interface XmlElement {
  /** Namespace URI ('' when none). */
  ns: string;
  /** Local name, without prefix. */
  local: string;
  /** Unprefixed attributes by name (xmlns declarations left out). Built on access: prefer attr(). */
  attrs: Record<string, string>;
  /**
   * Namespaced attributes keyed "{uri}local", e.g. "{http://www.w3.org/2001/XMLSchema-instance}type".
   * Built on access: prefer attrNs().
   */
  attrsNs: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (text and CDATA), concatenated, untrimmed. Decoded on access. */
  text: string;
  /** 1-based line where the start tag ended. */
  line: number;
}

export interface XmlLimits {
  /** Largest accepted message in UTF-8 bytes. Default 20 MB. */
  maxBytes?: number;
  /** Deepest accepted element nesting. Default 256. */
  maxDepth?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 256;

/** Shared by every element without children until its first child; frozen, so never filled. */
const NO_NS_ATTRIBUTES: readonly string[] = Object.freeze([]);
const NO_CHILDREN = Object.freeze([]) as unknown as XmlElement[];

/** The parsed text, shared by all elements of one document. */
interface Source {
  readonly text: string;
  /** XML 1.1 also turns NEL and LINE SEPARATOR into line feeds. */
  xml11: boolean;
}

/**
 * One element. Lean on purpose, because a big tree costs mostly garbage collection: it holds no
 * string or object per attribute and none for its text. Both are read from the source on access
 * (saxes has already checked that the source is well-formed; see findAttribute and ownText), and
 * children share one empty array until the element closes. Only namespaced attributes (xsi:type),
 * whose prefix needs the namespaces in scope, are kept at parse time.
 */
class Element implements XmlElement {
  children: XmlElement[] = NO_CHILDREN;
  /** Index just past the end tag (or past "/>"). */
  end = 0;
  /** Index of the first attribute in the start tag, found on the first attribute read; -1 before. */
  attributesAt = -1;

  constructor(
    readonly ns: string,
    readonly local: string,
    /** Namespaced attributes as resolved by saxes: "{uri}local", value, … */
    readonly nsAttributes: readonly string[],
    /** Index just past the start tag: where the content begins. */
    readonly start: number,
    readonly line: number,
    readonly source: Source,
  ) {}

  get attrs(): Record<string, string> {
    const out = Object.create(null) as Record<string, string>;
    const src = this.source.text;
    scanAttributes(this, (nameFrom, nameTo, valueFrom, valueTo) => {
      const name = src.slice(nameFrom, nameTo);
      if (name !== 'xmlns' && !name.includes(':'))
        out[name] = attributeValue(src, valueFrom, valueTo, this);
      return false;
    });
    return out;
  }

  get attrsNs(): Record<string, string> {
    const out = Object.create(null) as Record<string, string>;
    const a = this.nsAttributes;
    for (let i = 0; i < a.length; i += 2) out[a[i] as string] = a[i + 1] as string;
    return out;
  }

  get text(): string {
    return ownText(this);
  }
}

export function parseXml(text: string, limits: XmlLimits = {}): XmlElement {
  if (typeof text !== 'string') throw new MalformedMessageError('message is not text');
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  // A UTF-16 code unit is at most 3 UTF-8 bytes: count bytes only when it could matter.
  if (
    text.length > maxBytes ||
    (text.length * 3 > maxBytes && Buffer.byteLength(text, 'utf8') > maxBytes)
  ) {
    throw new MalformedMessageError(`message is larger than the limit of ${maxBytes} bytes`);
  }

  // position tracking (the saxes default) gives error locations and the element offsets.
  const parser = new SaxesParser({ xmlns: true, position: true });
  const source: Source = { text, xml11: false };
  const stack: Element[] = [];
  let root: Element | undefined;
  // The children of the open elements, innermost last: each element gets an exactly sized array
  // when it closes (marks[i] = where the children of stack[i] begin).
  const pendingChildren: Element[] = [];
  const marks: number[] = [];
  // Whether the tag being read has a prefixed (namespaced) attribute.
  let pendingPrefixed = false;

  const where = () => ({
    line: parser.line,
    column: parser.column + 1,
    path: stack.map((e) => e.local).join('/') || undefined,
  });

  parser.on('doctype', () => {
    throw new MalformedMessageError('a DOCTYPE is not allowed (no DTDs, no entities)', where());
  });
  parser.on('xmldecl', (decl) => {
    source.xml11 = decl.version === '1.1';
  });
  parser.on('attribute', (a) => {
    if (a.prefix !== '' && a.prefix !== 'xmlns') pendingPrefixed = true;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= maxDepth) {
      throw new MalformedMessageError(
        `elements are nested deeper than the limit of ${maxDepth}`,
        where(),
      );
    }
    let nsAttributes = NO_NS_ATTRIBUTES;
    if (pendingPrefixed) {
      nsAttributes = namespacedAttributes(tag.attributes as Record<string, SaxesAttributeNS>);
      pendingPrefixed = false;
    }
    const position = parser.position;
    const element = new Element(tag.uri, tag.local, nsAttributes, position, parser.line, source);
    if (stack.length === 0) root = element;
    else pendingChildren.push(element);
    if (tag.isSelfClosing) element.end = position;
    else {
      stack.push(element);
      marks.push(pendingChildren.length);
    }
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    if (tag.isSelfClosing) return;
    const element = stack.pop() as Element;
    const mark = marks.pop() as number;
    element.end = parser.position;
    if (pendingChildren.length > mark) {
      element.children = pendingChildren.slice(mark);
      pendingChildren.length = mark;
    }
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError(`not well-formed XML: ${saxesReason(error)}`, where());
  }
  if (!root) throw new MalformedMessageError('message has no root element');
  return root;
}

/** The prefixed attributes, as "{uri}local", value, … with the URI saxes resolved. */
function namespacedAttributes(resolved: Record<string, SaxesAttributeNS>): string[] {
  const out: string[] = [];
  for (const name in resolved) {
    const a = resolved[name];
    if (a === undefined || a.prefix === '' || a.prefix === 'xmlns') continue;
    out.push(`{${a.uri}}${a.local}`, a.value);
  }
  return out;
}

function saxesReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // saxes prefixes "line:column: "; the location is reported separately.
  return message.replace(/^(?:[^:]*:)?\d+:\d+:\s*/, '');
}

// ---- attributes, read from the source on access ----------------------------------------------

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** Index of the first attribute name in the element's start tag (or of its ">" or "/>"). */
function firstAttribute(src: string, el: Element): number {
  if (el.attributesAt !== -1) return el.attributesAt;
  let i = src.lastIndexOf('<', el.start - 1) + 1;
  let c = src.charCodeAt(i);
  while (!isSpace(c) && c !== 62 /* > */ && c !== 47 /* / */) c = src.charCodeAt(++i);
  while (isSpace(c)) c = src.charCodeAt(++i);
  return (el.attributesAt = i);
}

/**
 * Walks the attributes of the element's start tag in the source: calls visit(nameFrom, nameTo,
 * valueFrom, valueTo) until it returns true. saxes has checked the tag, so this only has to find
 * the pieces: name, optional spaces, "=", optional spaces, quoted value.
 */
function scanAttributes(
  el: Element,
  visit: (nameFrom: number, nameTo: number, valueFrom: number, valueTo: number) => boolean,
): void {
  const src = el.source.text;
  let i = firstAttribute(src, el);
  let c = src.charCodeAt(i);
  while (c !== 62 && c !== 47) {
    const nameFrom = i;
    while (!isSpace(c) && c !== 61 /* = */) c = src.charCodeAt(++i);
    const nameTo = i;
    while (c !== 34 /* " */ && c !== 39 /* ' */) c = src.charCodeAt(++i);
    const close = src.indexOf(c === 34 ? '"' : "'", i + 1);
    if (visit(nameFrom, nameTo, i + 1, close)) return;
    i = close + 1;
    c = src.charCodeAt(i);
    while (isSpace(c)) c = src.charCodeAt(++i);
  }
}

/** One unprefixed attribute's value, found without allocating. */
function findAttribute(el: Element, name: string): string | undefined {
  const src = el.source.text;
  const length = name.length;
  let i = firstAttribute(src, el);
  let c = src.charCodeAt(i);
  while (c !== 62 && c !== 47) {
    const nameFrom = i;
    while (!isSpace(c) && c !== 61) c = src.charCodeAt(++i);
    const nameTo = i;
    while (c !== 34 && c !== 39) c = src.charCodeAt(++i);
    const close = src.indexOf(c === 34 ? '"' : "'", i + 1);
    if (nameTo - nameFrom === length && src.startsWith(name, nameFrom))
      return attributeValue(src, i + 1, close, el);
    i = close + 1;
    c = src.charCodeAt(i);
    while (isSpace(c)) c = src.charCodeAt(++i);
  }
  return undefined;
}

const PLAIN_VALUE_10 = /[&\t\n\r]/;
const PLAIN_VALUE_11 = /[&\t\n\r\u0085\u2028]/;

/** An attribute value as saxes reports it: references decoded, each line end or tab a space. */
function attributeValue(src: string, from: number, to: number, el: Element): string {
  const raw = src.slice(from, to);
  const xml11 = el.source.xml11;
  if (!(xml11 ? PLAIN_VALUE_11 : PLAIN_VALUE_10).test(raw)) return raw;
  let out = '';
  let run = 0;
  let i = 0;
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    if (c === 38 /* & */) {
      const semi = raw.indexOf(';', i);
      out += raw.slice(run, i) + reference(raw.slice(i + 1, semi));
      i = run = semi + 1;
    } else if (c === 9 || c === 10 || c === 13 || (xml11 && (c === 0x85 || c === 0x2028))) {
      out += `${raw.slice(run, i)} `;
      const next = raw.charCodeAt(i + 1);
      i = run = c === 13 && (next === 10 || (xml11 && next === 0x85)) ? i + 2 : i + 1;
    } else i++;
  }
  return out + raw.slice(run);
}

/** An entity or character reference, without "&" and ";" (saxes allows only these). */
function reference(name: string): string {
  if (name.charCodeAt(0) === 35 /* # */) {
    const hex = name.charCodeAt(1) === 120; /* x */
    return String.fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
  }
  return ENTITIES[name] ?? '';
}

// ---- text, decoded from the source on access ------------------------------------------------

/**
 * The element's own character data, as saxes would report it: the content between the tags,
 * less the child elements, comments and processing instructions; CDATA sections unwrapped;
 * entity and character references decoded; line ends normalised. saxes has already checked that
 * all of it is well-formed, so this only decodes.
 */
function ownText(el: Element): string {
  const src = el.source.text;
  if (el.end === el.start) return ''; // self-closing
  const endTag = src.lastIndexOf('<', el.end - 1);
  if (el.children.length === 0) return decode(src, el.start, endTag, el.source.xml11);
  let out = '';
  let from = el.start;
  for (const c of el.children) {
    const child = c as Element;
    out += decode(src, from, src.lastIndexOf('<', child.start - 1), el.source.xml11);
    from = child.end;
  }
  return out + decode(src, from, endTag, el.source.xml11);
}

const PLAIN_10 = /[&<\r]/;
const PLAIN_11 = /[&<\r\u0085\u2028]/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(src: string, from: number, to: number, xml11: boolean): string {
  if (to <= from) return '';
  const raw = src.slice(from, to);
  if (!(xml11 ? PLAIN_11 : PLAIN_10).test(raw)) return raw;
  let out = '';
  let i = 0;
  let run = 0; // start of the pending run of plain characters
  const n = raw.length;
  while (i < n) {
    const c = raw.charCodeAt(i);
    if (c === 38 /* & */) {
      out += raw.slice(run, i);
      const semi = raw.indexOf(';', i);
      out += reference(raw.slice(i + 1, semi));
      i = run = semi + 1;
    } else if (c === 60 /* < */) {
      out += raw.slice(run, i);
      if (raw.startsWith('<![CDATA[', i)) {
        const close = raw.indexOf(']]>', i + 9);
        out += normaliseLines(raw.slice(i + 9, close), xml11);
        i = run = close + 3;
      } else if (raw.startsWith('<!--', i)) i = run = raw.indexOf('-->', i + 4) + 3;
      else i = run = raw.indexOf('?>', i + 2) + 2; // a processing instruction
    } else if (c === 13 || (xml11 && (c === 0x85 || c === 0x2028))) {
      out += `${raw.slice(run, i)}\n`;
      const next = raw.charCodeAt(i + 1);
      i = run = c === 13 && (next === 10 || (xml11 && next === 0x85)) ? i + 2 : i + 1;
    } else i++;
  }
  return out + raw.slice(run);
}

function normaliseLines(s: string, xml11: boolean): string {
  return xml11 ? s.replace(/\r\n|\r\u0085|[\r\u0085\u2028]/g, '\n') : s.replace(/\r\n?/g, '\n');
}

// ---- small helpers for readers --------------------------------------------------------------

/** First child element with this local name in this namespace (HL7 by default). */
export function child(
  el: XmlElement | undefined,
  local: string,
  ns: string = HL7_NS,
): XmlElement | undefined {
  if (!el) return undefined;
  const list = el.children;
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as XmlElement;
    if (c.local === local && c.ns === ns) return c;
  }
  return undefined;
}

/** All child elements with this local name in this namespace (HL7 by default). */
export function children(
  el: XmlElement | undefined,
  local: string,
  ns: string = HL7_NS,
): XmlElement[] {
  const out: XmlElement[] = [];
  if (!el) return out;
  const list = el.children;
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as XmlElement;
    if (c.local === local && c.ns === ns) out.push(c);
  }
  return out;
}

/** Follows 'a/b/c' through first matches, all in one namespace (HL7 by default). */
export function path(
  el: XmlElement | undefined,
  steps: string,
  ns: string = HL7_NS,
): XmlElement | undefined {
  let current = el;
  for (const step of steps.split('/')) {
    if (!current) return undefined;
    current = child(current, step, ns);
  }
  return current;
}

/** All elements reached by 'a/b/c', following every match at every step. */
export function pathAll(
  el: XmlElement | undefined,
  steps: string,
  ns: string = HL7_NS,
): XmlElement[] {
  let current: XmlElement[] = el ? [el] : [];
  for (const step of steps.split('/')) current = current.flatMap((e) => children(e, step, ns));
  return current;
}

/** An unprefixed attribute, or undefined. */
export function attr(el: XmlElement | undefined, name: string): string | undefined {
  if (!(el instanceof Element)) return el?.attrs[name];
  if (name === 'xmlns' || name.includes(':')) return undefined;
  return findAttribute(el, name);
}

/** A namespaced attribute, e.g. attrNs(el, XSI_NS, 'type'). */
export function attrNs(el: XmlElement | undefined, ns: string, local: string): string | undefined {
  if (!el) return undefined;
  const key = `{${ns}}${local}`;
  if (!(el instanceof Element)) return el.attrsNs[key];
  const a = el.nsAttributes;
  for (let i = 0; i < a.length; i += 2) if (a[i] === key) return a[i + 1];
  return undefined;
}

/** xsi:type as written (with its prefix, e.g. "PQ" or "hl7:IVL_TS"), or undefined. */
export function xsiType(el: XmlElement | undefined): string | undefined {
  return attrNs(el, XSI_NS, 'type');
}

/** The element's text, trimmed; undefined when the element is absent or empty. */
export function textOf(el: XmlElement | undefined): string | undefined {
  if (!el) return undefined;
  const t = el.text.trim();
  return t === '' ? undefined : t;
}
