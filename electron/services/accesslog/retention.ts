import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import type { Db } from '../db/database';
import { columnList, columns, type RowValues } from './columns';
import { checkpointMac, entryMacOf, GENESIS } from './chain';
import { DEFAULT_RETENTION_YEARS } from '../../config/retention';

export const ARCHIVE_FORMAT = 'schakel-accesslog-archive-v1';

export interface RetentionResult {
  archived: number;
  fromId: number | null;
  toId: number | null;
  file: string | null;
}

/** The moment before which entries have expired. */
export function cutoffOf(now: Date, years: number): string {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff.toISOString();
}

/**
 * Moves expired entries (older than `years`) to a dated JSON-lines archive with its own chain data,
 * then — in one transaction — records a checkpoint and deletes exactly that id range. The delete
 * trigger lets a row go only when a checkpoint covers its id; the checkpoint's MAC and anchor let
 * the chain of what remains verify (docs/accesslog.md §Retention).
 */
export function archiveExpired(options: {
  db: Db;
  key: Buffer;
  archiveDir: string;
  label: string;
  now: Date;
  years?: number;
}): RetentionResult {
  const { db, key, now } = options;
  const cutoff = cutoffOf(now, options.years ?? DEFAULT_RETENTION_YEARS);
  const last = db
    .prepare(`SELECT to_id, anchor_hash FROM access_log_checkpoint ORDER BY id DESC LIMIT 1`)
    .raw()
    .get() as [number, string] | undefined;
  const fromId = (last?.[0] ?? 0) + 1;
  const previousHash = last?.[1] ?? GENESIS;
  // Entries leave in id order: everything before the first entry that has not yet expired.
  const firstKept = db
    .prepare(`SELECT min(id) FROM access_log WHERE id >= ? AND time >= ?`)
    .pluck()
    .get(fromId, cutoff) as number | null;
  const lastId = db.prepare(`SELECT max(id) FROM access_log`).pluck().get() as number | null;
  const toId = firstKept !== null ? firstKept - 1 : lastId;
  if (toId === null || toId < fromId) return { archived: 0, fromId: null, toId: null, file: null };

  mkdirSync(options.archiveDir, { recursive: true, mode: 0o700 });
  const createdAt = now.toISOString();
  const file = join(
    options.archiveDir,
    `accesslog-${options.label}-${createdAt.slice(0, 10)}-${fromId}-${toId}.jsonl`,
  );
  const fd = openSync(file, 'wx', 0o600);
  let anchorHash = previousHash;
  let archived = 0;
  const digest = createHash('sha256');
  const write = (line: string) => {
    const bytes = Buffer.from(`${line}\n`, 'utf8');
    digest.update(bytes);
    writeSync(fd, bytes);
  };
  try {
    write(
      JSON.stringify({
        format: ARCHIVE_FORMAT,
        fromId,
        toId,
        previousHash,
        createdAt,
        columns: [...columns, 'hash'],
      }),
    );
    const rows = db
      .prepare(`SELECT ${columnList}, hash FROM access_log WHERE id BETWEEN ? AND ? ORDER BY id`)
      .raw();
    for (const row of rows.iterate(fromId, toId) as Iterable<RowValues>) {
      write(JSON.stringify(row));
      anchorHash = row[row.length - 1] as string;
      archived += 1;
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  const archiveSha256 = digest.digest('hex');
  const archiveFile = basename(file);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO access_log_checkpoint (created_at, from_id, to_id, anchor_hash, archive_file, archive_sha256, mac)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      createdAt,
      fromId,
      toId,
      anchorHash,
      archiveFile,
      archiveSha256,
      checkpointMac(key, { fromId, toId, anchorHash, archiveFile, archiveSha256, createdAt }),
    );
    db.prepare(`DELETE FROM access_log WHERE id BETWEEN ? AND ?`).run(fromId, toId);
  }).immediate();
  return { archived, fromId, toId, file };
}

/** Checks an archive file: every entry chained from the header's previous hash, none missing. */
export function verifyArchive(
  file: string,
  key: Buffer,
): { intact: boolean; entries: number; firstBrokenId: number | null } {
  const [head, ...lines] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const header = JSON.parse(head ?? '{}') as {
    format: string;
    fromId: number;
    toId: number;
    previousHash: string;
  };
  if (header.format !== ARCHIVE_FORMAT) return { intact: false, entries: 0, firstBrokenId: null };
  let previous = header.previousHash;
  let expected = header.fromId;
  const mac = entryMacOf(key);
  for (const line of lines) {
    const row = JSON.parse(line) as RowValues;
    const hash = row.pop() as string;
    if (row[0] !== expected || mac(previous, row) !== hash)
      return { intact: false, entries: expected - header.fromId, firstBrokenId: expected };
    previous = hash;
    expected += 1;
  }
  const complete = expected === header.toId + 1;
  return {
    intact: complete,
    entries: expected - header.fromId,
    firstBrokenId: complete ? null : expected,
  };
}
