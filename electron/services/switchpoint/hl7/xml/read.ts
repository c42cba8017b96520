/**
 * The safe XML reader: text in, a namespace-aware element tree out, or a MalformedMessageError.
 * Built on saxes (strict, namespace-aware). Refuses any DOCTYPE, so no entity can be declared and
 * none expanded; only the five predefined entities and character references exist. Enforces a size
 * and a depth limit. Never returns a partial tree.
 */
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { MalformedMessageError } from '../errors';
import { HL7_NS as HL7_NS_URI, SOAP_NS, XSI_NS } from '../namespaces';

/** A module-local copy: a default parameter reads it on every call. */
const HL7_NS: string = HL7_NS_URI;

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

const NO_NS_ATTRIBUTES: readonly string[] = Object.freeze([]);

/**
 * The tree of one document. A big tree costs mostly garbage collection, so the elements are not
 * objects: each is a record of FIELDS integers in one growable Int32Array (offsets in the source,
 * line, name and namespace as indexes, first child and next sibling as element numbers). An
 * XmlElement is a small view (document + element number) made on access; attributes and text are
 * read from the source on access (saxes has already checked that the source is well-formed; see
 * findAttribute and ownText). Only namespaced attributes (xsi:type), whose prefix needs the
 * namespaces in scope, are kept at parse time.
 */
const FIELDS = 8;
/** Index just past the start tag: where the content begins. */
const START = 0;
/** Index just past the end tag (or past "/>"). */
const END = 1;
/** 1-based line where the start tag ended. */
const LINE = 2;
/**
 * Where the start tag's attributes are. Until the first attribute read: -2 - (the end of the last
 * start or end tag before this one), from where the start tag's "<" is the next "<" unless a
 * comment, PI or CDATA section comes between. After it: the index of the first attribute name
 * (or of ">" / "/>").
 */
const ATTRIBUTES_AT = 3;
/** Index into Tree.names. */
const NAME = 4;
/** Index into Tree.namespaces. */
const NS = 5;
/** Element number of the first child, or -1. */
const FIRST_CHILD = 6;
/** Element number of the next sibling, or -1. */
const NEXT_SIBLING = 7;

/**
 * Element names, shared by all documents, so that a name is looked up but not stored again for
 * each document. Bounded (count and length), so hostile input cannot grow it; a name that does
 * not fit is kept by its document (Tree.ownNames), with an index from MAX_SHARED_NAMES on.
 */
const SHARED_NAMES: string[] = [];
const SHARED_NAME_INDEX = new Map<string, number>();
const MAX_SHARED_NAMES = 4096;
const MAX_SHARED_NAME_LENGTH = 64;

/**
 * A direct-mapped cache in front of SHARED_NAME_INDEX for the readers, who look names up by the
 * same literal strings on every child() call. A slot, chosen from the length and three
 * characters, keeps the caller's own string, so that a hit is one comparison by reference
 * instead of a Map lookup (which compares the literal with the stored name character by
 * character). Only shared names are kept: their index never changes; a name that no document has
 * had yet may still come.
 */
const LOOKUP_SLOTS = 1024;
const LOOKUP_KEYS: (string | undefined)[] = new Array<string | undefined>(LOOKUP_SLOTS).fill(
  undefined,
);
const LOOKUP_INDEXES = new Int32Array(LOOKUP_SLOTS);

function lookupSlot(s: string): number {
  const n = s.length;
  const hash = n * 31 + s.charCodeAt(0) * 7 + s.charCodeAt(n >> 1) * 3 + s.charCodeAt(n - 1);
  return hash & (LOOKUP_SLOTS - 1);
}

/** The index of a shared name, or undefined when it is not shared. */
function lookUpSharedName(local: string): number | undefined {
  const slot = lookupSlot(local);
  if (LOOKUP_KEYS[slot] === local) return LOOKUP_INDEXES[slot];
  const i = SHARED_NAME_INDEX.get(local);
  if (i !== undefined) {
    LOOKUP_KEYS[slot] = local;
    LOOKUP_INDEXES[slot] = i;
  }
  return i;
}

/**
 * Source characters per element that the first record array is sized for. A message has fewer
 * elements than its length / 64 (the Nictiz examples: one per 90 characters), so the array is
 * rarely grown and copied; a document of tiny elements still grows it.
 */
const CHARACTERS_PER_ELEMENT = 64;

/**
 * The namespaces the readers compare with, as the constants they compare with: a namespace found
 * in a document is a different string of the same characters, which `===` compares character by
 * character; the constant itself compares by reference.
 */
const KNOWN_NAMESPACES = new Map([HL7_NS, SOAP_NS, XSI_NS].map((uri) => [uri, uri]));

class Tree {
  data: Int32Array;
  count = 0;
  /** Names that are not shared (see SHARED_NAMES), from index MAX_SHARED_NAMES on. */
  readonly ownNames: string[] = [];
  readonly ownNameIndex = new Map<string, number>();
  readonly namespaces: string[] = [];
  readonly namespaceIndex = new Map<string, number>();
  /** Namespaced attributes by element number, only for the elements that have any. */
  readonly nsAttributes = new Map<number, readonly string[]>();
  /** XML 1.1 also turns NEL and LINE SEPARATOR into line feeds. */
  xml11 = false;
  private lastUri: string | undefined = undefined;
  private lastNs = -1;

  constructor(readonly text: string) {
    this.data = new Int32Array(
      FIELDS * Math.max(256, Math.ceil(text.length / CHARACTERS_PER_ELEMENT)),
    );
  }

  /** The index of a name, adding it. */
  name(local: string): number {
    let i = SHARED_NAME_INDEX.get(local);
    if (i !== undefined) return i;
    if (SHARED_NAMES.length < MAX_SHARED_NAMES && local.length <= MAX_SHARED_NAME_LENGTH) {
      i = SHARED_NAMES.push(local) - 1;
      SHARED_NAME_INDEX.set(local, i);
      return i;
    }
    i = this.ownNameIndex.get(local);
    if (i === undefined) {
      i = this.ownNames.push(local) - 1;
      this.ownNameIndex.set(local, i);
    }
    return MAX_SHARED_NAMES + i;
  }

  /** The index of a name in this document, or undefined when no element has it. */
  nameIndex(local: string): number | undefined {
    const i = lookUpSharedName(local);
    if (i !== undefined) return i;
    const own = this.ownNameIndex.get(local);
    return own === undefined ? undefined : MAX_SHARED_NAMES + own;
  }

  private lookedUpUri: string | undefined = undefined;
  private lookedUpNs: number | undefined = undefined;

  /** The index of a namespace in this document, or undefined when no element has it. */
  namespaceOf(uri: string): number | undefined {
    // Readers ask for one namespace (HL7) almost always: remember the last answer.
    if (uri === this.lookedUpUri) return this.lookedUpNs;
    const i = this.namespaceIndex.get(uri);
    this.lookedUpUri = uri;
    this.lookedUpNs = i;
    return i;
  }

  localName(i: number): string {
    return (i < MAX_SHARED_NAMES ? SHARED_NAMES[i] : this.ownNames[i - MAX_SHARED_NAMES]) as string;
  }

  namespace(uri: string): number {
    if (uri === this.lastUri) return this.lastNs;
    let i = this.namespaceIndex.get(uri);
    if (i === undefined) {
      i = this.namespaces.push(KNOWN_NAMESPACES.get(uri) ?? uri) - 1;
      this.namespaceIndex.set(uri, i);
    }
    this.lastUri = uri;
    this.lastNs = i;
    return i;
  }

  /** Adds an element whose start tag ends at `start`; markupEnd: see ATTRIBUTES_AT. */
  add(ns: string, local: string, markupEnd: number, start: number, line: number): number {
    const n = this.count++;
    let data = this.data;
    if ((n + 1) * FIELDS > data.length) {
      data = new Int32Array(data.length * 2);
      data.set(this.data);
      this.data = data;
    }
    const at = n * FIELDS;
    data[at + START] = start;
    data[at + END] = start;
    data[at + LINE] = line;
    data[at + ATTRIBUTES_AT] = -2 - markupEnd;
    data[at + NAME] = this.name(local);
    data[at + NS] = this.namespace(ns);
    data[at + FIRST_CHILD] = -1;
    data[at + NEXT_SIBLING] = -1;
    return n;
  }
}

/** A view of one element of a Tree. Views are made on access; two views of one element are equal in all but identity. */
class Element implements XmlElement {
  constructor(
    readonly tree: Tree,
    /** Element number. */
    readonly n: number,
  ) {}

  get ns(): string {
    return this.tree.namespaces[this.tree.data[this.n * FIELDS + NS] as number] as string;
  }

  get local(): string {
    return this.tree.localName(this.tree.data[this.n * FIELDS + NAME] as number);
  }

  get line(): number {
    return this.tree.data[this.n * FIELDS + LINE] as number;
  }

  get start(): number {
    return this.tree.data[this.n * FIELDS + START] as number;
  }

  get end(): number {
    return this.tree.data[this.n * FIELDS + END] as number;
  }

  get nsAttributes(): readonly string[] {
    return this.tree.nsAttributes.get(this.n) ?? NO_NS_ATTRIBUTES;
  }

  get children(): XmlElement[] {
    const { tree } = this;
    const data = tree.data;
    const out: XmlElement[] = [];
    for (let c = data[this.n * FIELDS + FIRST_CHILD] as number; c !== -1;) {
      out.push(new Element(tree, c));
      c = data[c * FIELDS + NEXT_SIBLING] as number;
    }
    return out;
  }

  get attrs(): Record<string, string> {
    const out = Object.create(null) as Record<string, string>;
    const src = this.tree.text;
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
  const tree = new Tree(text);
  // The open elements, innermost last, and for each its last child so far (-1 when none).
  const stack: number[] = [];
  const lastChild: number[] = [];
  // The end of the last start or end tag: where the next start tag is looked for.
  let markupEnd = 0;
  // The first ":" in the source at or after markupEnd (or text.length). A start tag without one
  // has no prefixed attribute (xsi:type), so only the few tags with one need their attributes
  // looked at: cheaper than an `attribute` handler called for every attribute. Found again only
  // when markupEnd passes it, so the source is searched once in all.
  let nextColon = -1;

  parser.on('doctype', () => {
    throw new MalformedMessageError(
      'a DOCTYPE is not allowed (no DTDs, no entities)',
      location(parser, tree, stack),
    );
  });
  parser.on('xmldecl', (decl) => {
    tree.xml11 = decl.version === '1.1';
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const depth = stack.length;
    if (depth >= maxDepth) {
      throw new MalformedMessageError(
        `elements are nested deeper than the limit of ${maxDepth}`,
        location(parser, tree, stack),
      );
    }
    const position = parser.position;
    const n = tree.add(tag.uri, tag.local, markupEnd, position, parser.line);
    if (nextColon < markupEnd) nextColon = indexOrEnd(text, ':', markupEnd);
    if (nextColon < position) {
      const prefixed = namespacedAttributes(tag.attributes as Record<string, SaxesAttributeNS>);
      if (prefixed.length !== 0) tree.nsAttributes.set(n, prefixed);
    }
    markupEnd = position;
    if (depth > 0) {
      const previous = lastChild[depth - 1] as number;
      if (previous === -1) tree.data[(stack[depth - 1] as number) * FIELDS + FIRST_CHILD] = n;
      else tree.data[previous * FIELDS + NEXT_SIBLING] = n;
      lastChild[depth - 1] = n;
    }
    if (!tag.isSelfClosing) {
      stack.push(n);
      lastChild.push(-1);
    }
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    if (tag.isSelfClosing) return;
    const n = stack.pop() as number;
    lastChild.pop();
    markupEnd = parser.position;
    tree.data[n * FIELDS + END] = markupEnd;
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError(
      `not well-formed XML: ${saxesReason(error)}`,
      location(parser, tree, stack),
    );
  }
  if (tree.count === 0) throw new MalformedMessageError('message has no root element');
  return new Element(tree, 0);
}

/** Where the parser is, for an error: line, column and the path of the open elements. */
function location(parser: SaxesParser, tree: Tree, stack: number[]) {
  return {
    line: parser.line,
    column: parser.column + 1,
    path: stack.map((n) => new Element(tree, n).local).join('/') || undefined,
  };
}

/** Index of the first `char` at or after `from`, or text.length when there is none. */
function indexOrEnd(text: string, char: string, from: number): number {
  const i = text.indexOf(char, from);
  return i === -1 ? text.length : i;
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
  const data = el.tree.data;
  const at = el.n * FIELDS;
  const known = data[at + ATTRIBUTES_AT] as number;
  if (known >= 0) return known;
  // Forward from the last tag before this one, usually across white space only (a search back
  // from the end of the start tag crosses the whole tag).
  let i = src.indexOf('<', -2 - known);
  const next = src.charCodeAt(i + 1);
  // A comment, PI or CDATA section came first: search back instead ("<" cannot occur in a tag).
  if (next === 33 /* ! */ || next === 63 /* ? */)
    i = src.lastIndexOf('<', (data[at + START] as number) - 1);
  let c = src.charCodeAt(++i);
  while (c > 32 && c !== 62 /* > */ && c !== 47 /* / */) c = src.charCodeAt(++i);
  while (isSpace(c)) c = src.charCodeAt(++i);
  data[at + ATTRIBUTES_AT] = i;
  return i;
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
  const src = el.tree.text;
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

/**
 * One unprefixed attribute's value, found without allocating. In a tag that saxes accepted, every
 * character up to 32 is white space and every name character is above it, so one comparison
 * tells them apart; a name is compared only when its length and first character match.
 */
function findAttribute(el: Element, name: string): string | undefined {
  const src = el.tree.text;
  const length = name.length;
  const first = name.charCodeAt(0);
  let i = firstAttribute(src, el);
  let c = src.charCodeAt(i);
  while (c !== 62 && c !== 47) {
    const nameFrom = i;
    while (c > 32 && c !== 61) c = src.charCodeAt(++i);
    const nameTo = i;
    while (c !== 34 && c !== 39) c = src.charCodeAt(++i);
    const close = src.indexOf(c === 34 ? '"' : "'", i + 1);
    if (
      nameTo - nameFrom === length &&
      src.charCodeAt(nameFrom) === first &&
      src.startsWith(name, nameFrom)
    ) {
      // A namespace declaration or a prefixed attribute is not an unprefixed attribute (checked
      // only on a match: a name that matches nothing needs no check).
      if (name === 'xmlns' || name.includes(':')) return undefined;
      return attributeValue(src, i + 1, close, el);
    }
    i = close + 1;
    c = src.charCodeAt(i);
    while (c <= 32) c = src.charCodeAt(++i);
  }
  return undefined;
}

/** An attribute value as saxes reports it: references decoded, each line end or tab a space. */
function attributeValue(src: string, from: number, to: number, el: Element): string {
  const xml11 = el.tree.xml11;
  // Most values are plain: check them with a character loop (cheaper than a regex on a slice).
  // Below 32 only tab, LF and CR can occur, and NEL and LS (XML 1.1) are above 0x84, so a
  // printable ASCII character is passed with three comparisons. A value stopped here for
  // nothing (NEL in XML 1.0) is decoded below, to the same string.
  let k = from;
  for (; k < to; k++) {
    const c = src.charCodeAt(k);
    if (c < 32 || c === 38 || (c >= 0x85 && (c === 0x85 || c === 0x2028))) break;
  }
  const raw = src.slice(from, to);
  if (k === to) return raw;
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
  const { tree } = el;
  const src = tree.text;
  const data = tree.data;
  const at = el.n * FIELDS;
  const start = data[at + START] as number;
  const end = data[at + END] as number;
  if (end === start) return ''; // self-closing
  // The end tag, "</name>" (perhaps with spaces before ">"), is a few characters back from END.
  let endTag = end - 2;
  while (src.charCodeAt(endTag) !== 60 /* < */) endTag--;
  let c = data[at + FIRST_CHILD] as number;
  if (c === -1) return decode(src, start, endTag, tree.xml11);
  let out = '';
  let from = start;
  for (; c !== -1; c = data[c * FIELDS + NEXT_SIBLING] as number) {
    out += decode(
      src,
      from,
      src.lastIndexOf('<', (data[c * FIELDS + START] as number) - 1),
      tree.xml11,
    );
    from = data[c * FIELDS + END] as number;
  }
  return out + decode(src, from, endTag, tree.xml11);
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
  if (el instanceof Element) {
    const { tree } = el;
    const name = tree.nameIndex(local);
    const uri = tree.namespaceOf(ns);
    if (name === undefined || uri === undefined) return undefined;
    const data = tree.data;
    for (let c = data[el.n * FIELDS + FIRST_CHILD] as number; c !== -1;) {
      const at = c * FIELDS;
      if (data[at + NAME] === name && data[at + NS] === uri) return new Element(tree, c);
      c = data[at + NEXT_SIBLING] as number;
    }
    return undefined;
  }
  const list = el.children;
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as XmlElement;
    if (c.local === local && c.ns === ns) return c;
  }
  return undefined;
}

/** firstChildren's name indexes, reused: it calls nothing that could call it again. */
const WANTED = new Int32Array(16);

/**
 * For each of the local names, the first child element with that name in this namespace (HL7 by
 * default), found in one pass over the children: result[i] is the first child named names[i].
 * Cheaper than a child() call per name when a reader wants several children of one element, and
 * than walking el.children, which makes a view of every child.
 */
export function firstChildren(
  el: XmlElement | undefined,
  names: readonly string[],
  ns: string = HL7_NS,
): (XmlElement | undefined)[] {
  const count = names.length;
  const out: (XmlElement | undefined)[] = [];
  for (let k = 0; k < count; k++) out.push(undefined);
  if (!el) return out;
  if (!(el instanceof Element) || count > WANTED.length) {
    for (let k = 0; k < count; k++) out[k] = child(el, names[k] as string, ns);
    return out;
  }
  const { tree } = el;
  const uri = tree.namespaceOf(ns);
  if (uri === undefined) return out;
  for (let k = 0; k < count; k++) WANTED[k] = tree.nameIndex(names[k] as string) ?? -1;
  const data = tree.data;
  for (let c = data[el.n * FIELDS + FIRST_CHILD] as number; c !== -1;) {
    const at = c * FIELDS;
    if (data[at + NS] === uri) {
      const name = data[at + NAME] as number;
      for (let k = 0; k < count; k++) {
        if (WANTED[k] === name) {
          out[k] ??= new Element(tree, c);
          break;
        }
      }
    }
    c = data[at + NEXT_SIBLING] as number;
  }
  return out;
}

/** All child elements with this local name in this namespace (HL7 by default). */
export function children(
  el: XmlElement | undefined,
  local: string,
  ns: string = HL7_NS,
): XmlElement[] {
  const out: XmlElement[] = [];
  if (!el) return out;
  if (el instanceof Element) {
    const { tree } = el;
    const name = tree.nameIndex(local);
    const uri = tree.namespaceOf(ns);
    if (name === undefined || uri === undefined) return out;
    const data = tree.data;
    for (let c = data[el.n * FIELDS + FIRST_CHILD] as number; c !== -1;) {
      const at = c * FIELDS;
      if (data[at + NAME] === name && data[at + NS] === uri) out.push(new Element(tree, c));
      c = data[at + NEXT_SIBLING] as number;
    }
    return out;
  }
  const list = el.children;
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as XmlElement;
    if (c.local === local && c.ns === ns) out.push(c);
  }
  return out;
}

/**
 * The child elements (any namespace) for which test(local, ns) is true. test sees every child's
 * name without a view being made of it, so a caller can also count names in the same pass.
 */
export function childrenWhere(
  el: XmlElement | undefined,
  test: (local: string, ns: string) => boolean,
): XmlElement[] {
  const out: XmlElement[] = [];
  if (!el) return out;
  if (!(el instanceof Element)) return el.children.filter((c) => test(c.local, c.ns));
  const { tree } = el;
  const data = tree.data;
  for (let c = data[el.n * FIELDS + FIRST_CHILD] as number; c !== -1;) {
    const at = c * FIELDS;
    if (
      test(
        tree.localName(data[at + NAME] as number),
        tree.namespaces[data[at + NS] as number] as string,
      )
    )
      out.push(new Element(tree, c));
    c = data[at + NEXT_SIBLING] as number;
  }
  return out;
}

/**
 * The steps of each path, split once: readers pass the same few literal paths on every call, and a
 * split on each call made an array and a string per step. Bounded, in case a caller builds paths.
 */
const PATH_STEPS = new Map<string, readonly string[]>();
const MAX_PATHS = 1024;

function stepsOf(steps: string): readonly string[] {
  let list = PATH_STEPS.get(steps);
  if (list === undefined) {
    list = steps.split('/');
    if (PATH_STEPS.size < MAX_PATHS) PATH_STEPS.set(steps, list);
  }
  return list;
}

/** Follows 'a/b/c' through first matches, all in one namespace (HL7 by default). */
export function path(
  el: XmlElement | undefined,
  steps: string,
  ns: string = HL7_NS,
): XmlElement | undefined {
  const list = stepsOf(steps);
  let current = el;
  for (let i = 0; i < list.length && current; i++) current = child(current, list[i] as string, ns);
  return current;
}

/** All elements reached by 'a/b/c', following every match at every step. */
export function pathAll(
  el: XmlElement | undefined,
  steps: string,
  ns: string = HL7_NS,
): XmlElement[] {
  let current: XmlElement[] = el ? [el] : [];
  for (const step of stepsOf(steps)) current = current.flatMap((e) => children(e, step, ns));
  return current;
}

/** An unprefixed attribute, or undefined. */
export function attr(el: XmlElement | undefined, name: string): string | undefined {
  if (!(el instanceof Element)) return el?.attrs[name];
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
