/**
 * Bytes → XML text by the XML rules (docs/codec.md, "Encodings"): a byte-order mark decides
 * (UTF-8, UTF-16 LE/BE); without one, UTF-16 is recognised by its first "<?" bytes; otherwise the
 * encoding named in the XML declaration (UTF-8, ISO-8859-1/Latin-1, UTF-16); without a
 * declaration, UTF-8. Bytes that are not valid in that encoding are refused with an
 * EncodingError naming the encoding and the byte offset, never replaced.
 */
import { TextDecoder } from 'node:util';
import { MalformedMessageError } from '../errors';

export type XmlEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'iso-8859-1';

export class EncodingError extends MalformedMessageError {
  constructor(
    message: string,
    readonly problem: 'invalid-bytes' | 'unsupported-encoding' | 'declaration-mismatch',
    readonly encoding: string,
  ) {
    super(message);
    this.name = 'EncodingError';
  }
}

const LATIN1 = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'iso_8859-1']);

/** A declared label: an encoding, null for UTF-16 (decided by BOM/bytes), undefined if unknown. */
function normalise(label: string): XmlEncoding | null | undefined {
  const l = label.trim().toLowerCase();
  if (l === 'utf-8' || l === 'utf8') return 'utf-8';
  if (LATIN1.has(l)) return 'iso-8859-1';
  if (l === 'utf-16' || l === 'utf-16le' || l === 'utf-16be') return null;
  return undefined;
}

/** Enough bytes to decide: a BOM or UTF-16 start, a complete declaration, or no declaration. */
function decidable(bytes: Buffer): boolean {
  if (bytes.length >= SNIFF_BYTES) return true;
  if (bytes.length < 4) return false;
  const [a, b] = bytes;
  if (a === 0xef || a === 0xff || a === 0xfe || a === 0x00 || b === 0x00) return true;
  const text = bytes.toString('latin1');
  return !text.startsWith('<?xml') || text.includes('?>');
}

/** How many bytes are needed to be sure of the encoding (BOM + a declaration). */
const SNIFF_BYTES = 1024;

/** The encoding of a message from its first bytes, and how many BOM bytes to skip. */
export function sniffEncoding(head: Uint8Array): { encoding: XmlEncoding; skip: number } {
  const [a, b, c, d] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return check('utf-8', 3, head);
  if (a === 0xff && b === 0xfe) return check('utf-16le', 2, head);
  if (a === 0xfe && b === 0xff) return check('utf-16be', 2, head);
  if (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00) return check('utf-16le', 0, head);
  if (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f) return check('utf-16be', 0, head);
  const declared = declaredEncoding(head);
  if (declared === null) return { encoding: 'utf-8', skip: 0 };
  const encoding = normalise(declared);
  if (encoding === undefined)
    throw new EncodingError(
      `the message declares encoding "${declared}", which is not supported (UTF-8, ISO-8859-1, UTF-16)`,
      'unsupported-encoding',
      declared,
    );
  if (encoding === null)
    throw new EncodingError(
      `the message declares ${declared} but its bytes are not UTF-16 (no byte-order mark, no UTF-16 "<?")`,
      'declaration-mismatch',
      declared,
    );
  return { encoding, skip: 0 };
}

/** A BOM or UTF-16 bytes decide; a declaration that names another single-byte encoding is an error. */
function check(encoding: XmlEncoding, skip: number, head: Uint8Array) {
  const text =
    encoding === 'utf-8'
      ? Buffer.from(head.subarray(skip)).toString('latin1')
      : new TextDecoder(encoding).decode(
          head.subarray(skip, skip + (head.length - skip) - ((head.length - skip) % 2)),
        );
  const declared = /^<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
  if (declared) {
    const d = declared.trim().toLowerCase();
    const fits = encoding === 'utf-8' ? d === 'utf-8' || d === 'utf8' : d.startsWith('utf-16');
    if (!fits)
      throw new EncodingError(
        `the message declares encoding "${declared}" but starts with a ${encoding.toUpperCase()} byte-order mark`,
        'declaration-mismatch',
        declared,
      );
  }
  return { encoding, skip };
}

/** The encoding named in an ASCII-compatible XML declaration, or null when there is none. */
function declaredEncoding(head: Uint8Array): string | null {
  const text = Buffer.from(head.subarray(0, SNIFF_BYTES)).toString('latin1');
  const decl = /^<\?xml\s[^>]*?\?>/.exec(text)?.[0];
  if (!decl) return null;
  return /encoding\s*=\s*["']([^"']+)["']/.exec(decl)?.[1] ?? null;
}

/** A streaming decoder: feed byte chunks, get text; invalid bytes throw an EncodingError. */
export function createXmlDecoder() {
  let head: Buffer | null = Buffer.alloc(0);
  let encoding: XmlEncoding = 'utf-8';
  let decoder: TextDecoder | null = null;
  let offset = 0;
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    if (encoding === 'iso-8859-1') return Buffer.from(bytes).toString('latin1');
    try {
      return (decoder as TextDecoder).decode(bytes, { stream });
    } catch {
      throw new EncodingError(
        `the message is not valid ${encoding.toUpperCase()}: invalid bytes after byte ${offset}`,
        'invalid-bytes',
        encoding,
      );
    } finally {
      offset += bytes.length;
    }
  };
  const start = (bytes: Buffer, final: boolean): string => {
    const sniffed = sniffEncoding(bytes);
    encoding = sniffed.encoding;
    if (encoding !== 'iso-8859-1')
      decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    head = null;
    offset = sniffed.skip;
    return decode(bytes.subarray(sniffed.skip), !final);
  };
  return {
    get encoding(): XmlEncoding {
      return encoding;
    },
    write(chunk: Uint8Array): string {
      if (head) {
        const joined = Buffer.concat([head, chunk]);
        if (!decidable(joined)) {
          head = joined;
          return '';
        }
        return start(joined, false);
      }
      return decode(chunk, true);
    },
    end(): string {
      if (head) return start(head, true);
      return decode(new Uint8Array(0), false);
    },
  };
}

/** A whole message's bytes as text (see the module comment). */
export function decodeXml(bytes: Uint8Array): string {
  const d = createXmlDecoder();
  return d.write(bytes) + d.end();
}
