import { timingSafeEqual } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { readOnly, type Db } from '../db/database';
import { privateDir, tightenFile } from '../db/privateFiles';
import { protectedKeyStore, type KeyProtector } from '../keys/protectedKeyStore';
import type { ChainKeyStore } from './keyFile';
import { GENESIS, headMac, textMac } from './chain';
import type { VerifyResult } from './verify';
import { storedHashAt } from './storedHash';

/**
 * The head anchor (docs/accesslog.md §Head anchor): a sealed, monotonic record of the last
 * verified head — entry count, hash, time — kept where the database is not: a 0600 file beside
 * the chain key, HMAC'd with a key of its own that is not in the database (sealed by the OS key
 * store through the KeyProtector in the desktop app, a 0600 key file otherwise). The database's
 * own head stops deleting the last entry; the anchor stops what the database cannot see about
 * itself: an emptied log, a shorter log with an older head put back, a deleted or replaced file.
 */
export interface AnchoredHead {
  lastId: number;
  hash: string;
  time: string;
}

type AnchorRead =
  { kind: 'present'; head: AnchoredHead } | { kind: 'absent' } | { kind: 'invalid'; why: string };

const VERSION = 'schakel-head-anchor-v1';

export const anchorFileOf = (dataDir: string, mode: 'demo' | 'live') =>
  join(dataDir, 'keys', `accesslog-${mode}.head`);
export const anchorKeyFileOf = (dataDir: string, mode: 'demo' | 'live') =>
  join(dataDir, 'keys', `accesslog-anchor-${mode}.key`);

const macOf = (key: Buffer, h: AnchoredHead) =>
  textMac(key, `${VERSION}|${h.lastId}|${h.hash}|${h.time}`);

const sameHex = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The anchor file: read and verified, or written whole (temp file, fsync, rename). */
export function anchorFile(file: string, key: Buffer) {
  return {
    location: file,
    read(): AnchorRead {
      if (!existsSync(file)) return { kind: 'absent' };
      try {
        const v = JSON.parse(readFileSync(file, 'utf8')) as Partial<
          AnchoredHead & { v: string; mac: string }
        >;
        if (
          v.v !== VERSION ||
          typeof v.lastId !== 'number' ||
          typeof v.hash !== 'string' ||
          typeof v.time !== 'string' ||
          typeof v.mac !== 'string'
        )
          return { kind: 'invalid', why: 'the head anchor file is damaged' };
        const head = { lastId: v.lastId, hash: v.hash, time: v.time };
        if (!sameHex(macOf(key, head), v.mac))
          return { kind: 'invalid', why: 'the head anchor does not verify (it was altered)' };
        return { kind: 'present', head };
      } catch {
        return { kind: 'invalid', why: 'the head anchor file cannot be read' };
      }
    },
    write(head: AnchoredHead): void {
      privateDir(join(file, '..'));
      const text = `${JSON.stringify({ v: VERSION, ...head, mac: macOf(key, head) })}\n`;
      const temp = `${file}.${process.pid}.tmp`;
      const fd = openSync(temp, 'w', 0o600);
      try {
        writeSync(fd, text);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      tightenFile(temp);
      renameSync(temp, file);
    },
  };
}

/** What the database says its head is: the head row when its MAC verifies, else null. */
function databaseHead(db: Db, chainKey: Buffer): { lastId: number; hash: string } | null {
  const row = db.prepare(`SELECT last_id, hash, mac FROM access_log_head WHERE one = 1`).get() as
    { last_id: number; hash: string; mac: string } | undefined;
  if (!row) {
    const any = db.prepare(`SELECT 1 FROM access_log LIMIT 1`).get();
    return any ? null : { lastId: 0, hash: GENESIS };
  }
  return row.mac === headMac(chainKey, row.last_id, row.hash)
    ? { lastId: row.last_id, hash: row.hash }
    : null;
}

export interface HeadAnchor {
  readonly location: string;
  /**
   * Holds a chain verdict against the anchor. A broken chain stays broken (the anchor is not
   * moved); an intact chain is broken here when the log is shorter than, or different from, the
   * last verified head; otherwise the anchor moves forward to the current head.
   */
  check(result: VerifyResult): VerifyResult;
  /** Moves the anchor to the database's current head when it is a valid continuation (close, timer). */
  advance(): void;
}

/**
 * The anchor for one database. `anchorKeys` holds the anchor's HMAC key: a new one is made only
 * when there is no anchor file either (a new installation, or the first start of this version);
 * an anchor file without its key cannot be trusted and is reported.
 */
export function createHeadAnchor(options: {
  db: Db;
  chainKey: Buffer;
  file: string;
  anchorKeys: ChainKeyStore;
  clock?: () => Date;
}): HeadAnchor {
  const clock = options.clock ?? (() => new Date());
  const { db, chainKey } = options;
  const hashAt = storedHashAt(readOnly(db));
  const existingKey = options.anchorKeys.load();
  const keyState: { key: Buffer | null; problem: string | null } = existingKey
    ? { key: existingKey, problem: null }
    : existsSync(options.file)
      ? { key: null, problem: 'the head anchor exists but its key is missing' }
      : { key: options.anchorKeys.create(), problem: null };
  const file = keyState.key ? anchorFile(options.file, keyState.key) : null;
  /** True when this process made the anchor key: only then may a missing anchor file be written fresh. */
  const keyWasNew = !existingKey;

  const broken = (result: VerifyResult, id: number | null, reason: string): VerifyResult => ({
    ...result,
    intact: false,
    firstBrokenId: id,
    reason,
  });

  /** Compares the current head with the anchor; null when it continues it, else why not. */
  function compare(current: { lastId: number; hash: string }, anchored: AnchoredHead) {
    const when = `verified ${anchored.time}`;
    if (current.lastId < anchored.lastId) {
      return current.lastId === 0
        ? `the log is empty, but ${anchored.lastId} entries were ${when}: the rows were wiped or the database file was deleted or replaced`
        : `the log ends at entry ${current.lastId}, but ${anchored.lastId} entries were ${when}: entries were cut from the end (with an older head put back) or an older copy of the database was restored`;
    }
    const then = hashAt(anchored.lastId);
    if (then !== anchored.hash) {
      return `entry ${anchored.lastId} is not the one ${when}: the database was replaced by another copy`;
    }
    return null;
  }

  return {
    location: options.file,
    check(result) {
      if (!result.intact) return result;
      if (!file) return broken(result, null, keyState.problem ?? 'the head anchor key is missing');
      const current = databaseHead(db, chainKey);
      if (!current) return broken(result, null, 'the head of the chain does not verify');
      const read = file.read();
      if (read.kind === 'invalid') return broken(result, null, read.why);
      if (read.kind === 'absent') {
        if (!keyWasNew)
          return broken(
            result,
            null,
            'the head anchor file is missing (deleted): the log cannot be shown to be complete',
          );
        file.write({ ...current, time: clock().toISOString() });
        return result;
      }
      const why = compare(current, read.head);
      if (why) return broken(result, current.lastId + 1, why);
      if (current.lastId > read.head.lastId)
        file.write({ ...current, time: clock().toISOString() });
      return result;
    },
    advance() {
      if (!file) return;
      const read = file.read();
      if (read.kind !== 'present') return;
      const current = databaseHead(db, chainKey);
      if (!current || current.lastId <= read.head.lastId) return;
      if (compare(current, read.head) !== null) return;
      file.write({ ...current, time: clock().toISOString() });
    },
  };
}

/** The anchor as the app and the CLI open it for a data directory and mode. */
export function openHeadAnchor(options: {
  db: Db;
  chainKey: Buffer;
  dataDir: string;
  mode: 'demo' | 'live';
  keyProtector?: KeyProtector;
  clock?: () => Date;
}): HeadAnchor {
  return createHeadAnchor({
    db: options.db,
    chainKey: options.chainKey,
    file: anchorFileOf(options.dataDir, options.mode),
    anchorKeys: protectedKeyStore(
      anchorKeyFileOf(options.dataDir, options.mode),
      options.keyProtector,
    ),
    clock: options.clock,
  });
}
