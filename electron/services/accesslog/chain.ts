import { createHmac } from 'node:crypto';
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
