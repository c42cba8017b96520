import { createHash, hash as sha } from 'node:crypto';
import type { RowValues } from './columns';

/** Format version of the canonical form; part of every MAC so a future change cannot collide. */
export const CANONICAL_VERSION = 'schakel-accesslog-v1';

/** The "previous hash" of the very first entry. */
export const GENESIS = '0'.repeat(64);

/**
 * The canonical content of one entry: a JSON array of the format version and the row's values in
 * column order (strings, integers, null — exactly as SQLite stores them in the STRICT table).
 */
export const canonicalOf = (values: RowValues): string =>
  JSON.stringify([CANONICAL_VERSION, ...values]);

/** hash(n) = HMAC-SHA256(key, hash(n-1) ‖ canonical(n)), hex. */
export function chainHash(key: Buffer, previous: string, values: RowValues): string {
  return entryMacOf(key)(previous, values);
}

/**
 * THE HMAC of the access log — every MAC it makes (entries, head, retention checkpoints, the
 * verification workers, forwarding checkpoints) comes from here. HMAC-SHA256 per RFC 2104,
 * H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ message)), with Node's SHA-256 (`crypto.hash`) over buffers made
 * once per key: two one-shot hashes per MAC instead of one `createHmac` object per entry (whose
 * per-call setup dominated the cost; docs/accesslog.md §Verify). `chain.test.ts` holds it equal to
 * Node's `createHmac`. The caller writes the message into `room(…)` from offset 64 (after the key
 * block) and passes its end to `finish`.
 */
function hmacSha256(key: Buffer) {
  const k = key.length > 64 ? createHash('sha256').update(key).digest() : key;
  let inner = Buffer.alloc(4096, 0x36);
  const outer = Buffer.alloc(96, 0x5c);
  for (let i = 0; i < k.length; i += 1) {
    inner[i] = (k[i] as number) ^ 0x36;
    outer[i] = (k[i] as number) ^ 0x5c;
  }
  return {
    /** The inner buffer, grown (key block kept) so that `bytes` message bytes fit after the key. */
    room(bytes: number): Buffer {
      if (64 + bytes > inner.length) {
        const grown = Buffer.alloc(2 * (64 + bytes));
        inner.copy(grown, 0, 0, 64);
        inner = grown;
      }
      return inner;
    },
    /** The MAC, in hex, of the message in the inner buffer up to `end`. */
    finish(end: number): string {
      outer.write(sha('sha256', inner.subarray(0, end), 'binary'), 64, 'binary');
      return sha('sha256', outer, 'hex');
    },
  };
}

/**
 * A chain MAC bound to one key, over canonical text (verification, where SQLite writes the text,
 * on this thread and in the verification workers): the same value as `chainHash` over the values.
 */
export function chainMacOf(key: Buffer): (previous: string, canonical: string) => string {
  const hmac = hmacSha256(key);
  return (previous, canonical) => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; grow before writing (write() would truncate).
    const inner = hmac.room(3 * (previous.length + canonical.length));
    let n = 64 + inner.write(previous, 64, 'utf8');
    n += inner.write(canonical, n, 'utf8');
    return hmac.finish(n);
  };
}

/** HMAC-SHA256(key, message) in hex, for a MAC made once (head, checkpoints). */
export function textMac(key: Buffer, message: string): string {
  const hmac = hmacSha256(key);
  const inner = hmac.room(3 * message.length);
  return hmac.finish(64 + inner.write(message, 64, 'utf8'));
}

/** The UTF-8 bytes of `["schakel-accesslog-v1"`: every canonical form starts with them. */
const CANONICAL_HEAD = Buffer.from(`[${JSON.stringify(CANONICAL_VERSION)}`, 'utf8');

/**
 * A chain MAC bound to one key, over an entry's values (the append path): the same value as
 * `chainHash(key, previous, values)`, without building `canonicalOf(values)` as a string first.
 * canonicalOf is `[` + JSON(version) + `,` + the values' elements + `]`, i.e. the constant head
 * `["schakel-accesslog-v1"` followed by JSON.stringify(values) with its `[` turned into `,`. So the
 * values are stringified as they are (no spread into a new 31-element array) straight after the
 * head, and one byte is patched. JSON.stringify still does every escape, so the bytes are its bytes.
 * Tests hold it to `chainHash` and pin known hashes.
 */
export function entryMacOf(key: Buffer): (previous: string, values: RowValues) => string {
  const hmac = hmacSha256(key);
  return (previous, values) => {
    const json = JSON.stringify(values);
    // UTF-8 takes at most 3 bytes per UTF-16 unit; grow before writing (write() would truncate).
    const inner = hmac.room(3 * (previous.length + json.length) + CANONICAL_HEAD.length);
    let n = 64 + inner.write(previous, 64, 'utf8');
    n += CANONICAL_HEAD.copy(inner, n);
    if (values.length === 0) {
      inner[n] = 0x5d; // `]`: no values, so nothing to patch
      return hmac.finish(n + 1);
    }
    const bracket = n;
    n += inner.write(json, n, 'utf8');
    inner[bracket] = 0x2c; // `,` in place of the values' `[`
    return hmac.finish(n);
  };
}

/** The head's own MAC, so the head cannot be moved back to an earlier entry without the key. */
export function headMac(key: Buffer, lastId: number, hash: string): string {
  return textMac(key, `${CANONICAL_VERSION}|head|${lastId}|${hash}`);
}

/** A retention checkpoint's MAC over everything it asserts. */
export function checkpointMac(
  key: Buffer,
  c: {
    fromId: number;
    toId: number;
    anchorHash: string;
    archiveFile: string;
    archiveSha256: string;
    createdAt: string;
  },
): string {
  return textMac(
    key,
    [
      CANONICAL_VERSION,
      'checkpoint',
      c.fromId,
      c.toId,
      c.anchorHash,
      c.archiveFile,
      c.archiveSha256,
      c.createdAt,
    ].join('|'),
  );
}
