/** Encodings: decoded by BOM and XML declaration, invalid bytes refused with a typed error. */
import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/fixtures';
import { parseResponse } from '../read/response';
import type { MedicationExtract } from '../../../../../shared/domain/clinical';
import { createXmlDecoder, decodeXml, EncodingError } from './encoding';

const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return be;
};
const refused = (bytes: Uint8Array): EncodingError => {
  try {
    decodeXml(bytes);
  } catch (error) {
    if (error instanceof EncodingError) return error;
    throw error;
  }
  throw new Error('not refused');
};
const message = fixture('mp612/QURX_EX990113NL_01.xml').replace(/^\uFEFF?<\?xml[^>]*\?>\s*/, '');
const reference = parseResponse(message) as MedicationExtract;

describe('decoding a message', () => {
  it('ISO-8859-1 by its declaration: accented names read right', () => {
    const text = '<?xml version="1.0" encoding="ISO-8859-1"?><a>Crème Zoë</a>';
    expect(decodeXml(Buffer.from(text, 'latin1'))).toBe(text);
  });

  it('UTF-16 LE and BE with a byte-order mark, and UTF-16 without one, read like UTF-8', () => {
    const text = `<?xml version="1.0" encoding="UTF-16"?>${message}`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]);
    for (const bytes of [le, be, Buffer.from(text, 'utf16le')])
      expect(parseResponse(decodeXml(bytes))).toEqual(reference);
  });

  it('a UTF-8 byte-order mark is skipped', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(message)]);
    expect(parseResponse(decodeXml(bytes))).toEqual(reference);
  });

  it('invalid UTF-8 is refused, naming the encoding and where, never replaced', () => {
    const bytes = Buffer.concat([
      Buffer.from('<a>30 '),
      Buffer.from([0xff, 0xfe, 0x28]),
      Buffer.from('Stuk</a>'),
    ]);
    const error = refused(bytes);
    expect(error.problem).toBe('invalid-bytes');
    expect(error.code).toBe('MALFORMED_MESSAGE');
    expect(error.message).toMatch(/not valid UTF-8/);
  });

  it('an unknown declared encoding and a declaration against the BOM are refused', () => {
    expect(refused(Buffer.from('<?xml version="1.0" encoding="EBCDIC"?><a/>')).problem).toBe(
      'unsupported-encoding',
    );
    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a/>'),
    ]);
    expect(refused(bom).problem).toBe('declaration-mismatch');
    expect(refused(Buffer.from('<?xml version="1.0" encoding="UTF-16"?><a/>')).problem).toBe(
      'declaration-mismatch',
    );
  });

  it('streams: a multi-byte character split over chunks decodes the same, byte by byte', () => {
    const text = '<?xml version="1.0" encoding="UTF-8"?><a>Crème Zoë €</a>';
    const bytes = Buffer.from(text);
    const d = createXmlDecoder();
    let out = '';
    for (const b of bytes) out += d.write(Buffer.from([b]));
    expect(out + d.end()).toBe(text);
  });
});
