import { createHash, createHmac, hash as sha } from 'node:crypto';
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
  return chainHashOf(key, previous, canonicalOf(values));
}

export function chainHashOf(key: Buffer, previous: string, canonical: string): string {
  return createHmac('sha256', key).update(previous).update(canonical).digest('hex');
}

/**
 * A chain MAC bound to one key, for the hot paths (append, verify): the same value as
 * `chainHashOf` — HMAC-SHA256 per RFC 2104, H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ message)) — computed with
 * two one-shot `crypto.hash` calls over reused buffers instead of one `createHmac` object per entry
 * (whose per-call setup dominated the cost; docs/accesslog.md §Verify). Node's SHA-256 does the
 * hashing; only the HMAC construction is written out here. A test holds it equal to `createHmac`.
 * The verification worker (verify.ts) carries the same code as plain JavaScript.
 */
export function chainMacOf(key: Buffer): (previous: string, canonical: string) => string {
  const k = key.length > 64 ? createHash('sha256').update(key).digest() : key;
  let inner = Buffer.alloc(4096, 0x36);
  const outer = Buffer.alloc(96, 0x5c);
  for (let i = 0; i < k.length; i += 1) {
    inner[i] = (k[i] as number) ^ 0x36;
    outer[i] = (k[i] as number) ^ 0x5c;
  }
  return (previous, canonical) => {
    // UTF-8 takes at most 3 bytes per UTF-16 unit; grow before writing (write() would truncate).
    const need = 64 + 3 * (previous.length + canonical.length);
    if (need > inner.length) {
      const grown = Buffer.alloc(need * 2);
      inner.copy(grown, 0, 0, 64);
      inner = grown;
    }
    let n = 64 + inner.write(previous, 64, 'utf8');
    n += inner.write(canonical, n, 'utf8');
    outer.write(sha('sha256', inner.subarray(0, n), 'binary'), 64, 'binary');
    return sha('sha256', outer, 'hex');
  };
}

/** The head's own MAC, so the head cannot be moved back to an earlier entry without the key. */
export function headMac(key: Buffer, lastId: number, hash: string): string {
  return createHmac('sha256', key)
    .update(`${CANONICAL_VERSION}|head|${lastId}|${hash}`)
    .digest('hex');
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
  return createHmac('sha256', key)
    .update(
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
    )
    .digest('hex');
}
