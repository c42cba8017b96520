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
  /** Unprefixed attributes by name (xmlns declarations left out). */
  attrs: Record<string, string>;
  /** Namespaced attributes keyed "{uri}local", e.g. "{http://www.w3.org/2001/XMLSchema-instance}type". */
  attrsNs: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (text and CDATA), concatenated, untrimmed. */
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

const XMLNS_URI = 'http://www.w3.org/2000/xmlns/';
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;

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

  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  const failHere = (message: string): never => {
    throw new MalformedMessageError(message, {
      line: parser.line,
      column: parser.column + 1,
      path: stack.map((e) => e.local).join('/') || undefined,
    });
  };

  parser.on('doctype', () => failHere('a DOCTYPE is not allowed (no DTDs, no entities)'));
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= maxDepth)
      failHere(`elements are nested deeper than the limit of ${maxDepth}`);
    const element: XmlElement = {
      ns: tag.uri,
      local: tag.local,
      attrs: NO_ATTRS,
      attrsNs: NO_ATTRS,
      children: [],
      text: '',
      line: parser.line,
    };
    copyAttributes(tag.attributes as Record<string, SaxesAttributeNS>, element);
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const onText = (data: string) => {
    const current = stack[stack.length - 1];
    if (current) current.text += data;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError(`not well-formed XML: ${saxesReason(error)}`, {
      line: parser.line,
      column: parser.column + 1,
      path: stack.map((e) => e.local).join('/') || undefined,
    });
  }
  if (!root) throw new MalformedMessageError('message has no root element');
  return root;
}

function copyAttributes(attributes: Record<string, SaxesAttributeNS>, element: XmlElement): void {
  for (const key in attributes) {
    const a = attributes[key];
    if (!a) continue;
    if (a.prefix === 'xmlns' || (a.prefix === '' && a.local === 'xmlns') || a.uri === XMLNS_URI)
      continue;
    if (a.uri === '') {
      if (element.attrs === NO_ATTRS) element.attrs = {};
      element.attrs[a.local] = a.value;
    } else {
      if (element.attrsNs === NO_ATTRS) element.attrsNs = {};
      element.attrsNs[`{${a.uri}}${a.local}`] = a.value;
    }
  }
}

function saxesReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // saxes prefixes "line:column: "; the location is reported separately.
  return message.replace(/^(?:[^:]*:)?\d+:\d+:\s*/, '');
}

// ---- small helpers for readers --------------------------------------------------------------

/** First child element with this local name in this namespace (HL7 by default). */
export function child(
  el: XmlElement | undefined,
  local: string,
  ns: string = HL7_NS,
): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (c.local === local && c.ns === ns) return c;
  return undefined;
}

/** All child elements with this local name in this namespace (HL7 by default). */
export function children(
  el: XmlElement | undefined,
  local: string,
  ns: string = HL7_NS,
): XmlElement[] {
  if (!el) return [];
  return el.children.filter((c) => c.local === local && c.ns === ns);
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
  return el?.attrs[name];
}

/** A namespaced attribute, e.g. attrNs(el, XSI_NS, 'type'). */
export function attrNs(el: XmlElement | undefined, ns: string, local: string): string | undefined {
  return el?.attrsNs[`{${ns}}${local}`];
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
