import type { Db } from '../db/database';
import { canonicalSql } from './columns';
import { CANONICAL_VERSION, chainHashOf, checkpointMac, GENESIS, headMac } from './chain';

export interface VerifyResult {
  intact: boolean;
  /** Entries whose hash was checked (those still in the database). */
  entries: number;
  /** Retention checkpoints whose MAC was checked. */
  checkpoints: number;
  /** The first entry that does not verify (or that is missing); null when intact. */
  firstBrokenId: number | null;
  /** Why, in one sentence without any entry's content. */
  reason: string | null;
}

interface CheckpointRow {
  created_at: string;
  from_id: number;
  to_id: number;
  anchor_hash: string;
  archive_file: string;
  archive_sha256: string;
  mac: string;
}

/**
 * Walks the chain in steps of `chunk` entries, yielding the number checked so far, so the app can
 * verify at start without blocking (docs/accesslog.md §Verify). Returns the verdict.
 */
export function* verifySteps(db: Db, key: Buffer, chunk = 20_000): Generator<number, VerifyResult> {
  let checked = 0;
  const broken = (id: number | null, reason: string, checkpoints = 0): VerifyResult => ({
    intact: false,
    entries: checked,
    checkpoints,
    firstBrokenId: id,
    reason,
  });

  // 1. Checkpoints: each MAC valid, each following the previous without a gap.
  const checkpoints = db
    .prepare(
      `SELECT created_at, from_id, to_id, anchor_hash, archive_file, archive_sha256, mac FROM access_log_checkpoint ORDER BY id`,
    )
    .all() as CheckpointRow[];
  let expectedId = 1;
  let previous = GENESIS;
  for (const c of checkpoints) {
    const mac = checkpointMac(key, {
      fromId: c.from_id,
      toId: c.to_id,
      anchorHash: c.anchor_hash,
      archiveFile: c.archive_file,
      archiveSha256: c.archive_sha256,
      createdAt: c.created_at,
    });
    if (mac !== c.mac || c.from_id !== expectedId)
      return broken(
        c.from_id,
        `retention checkpoint for entries ${c.from_id}–${c.to_id} does not verify`,
      );
    expectedId = c.to_id + 1;
    previous = c.anchor_hash;
  }

  // 2. The rows, in id order, each chained to the one before.
  const page = db
    .prepare(
      `SELECT id, ${canonicalSql(CANONICAL_VERSION)}, hash FROM access_log WHERE id >= ? ORDER BY id LIMIT ?`,
    )
    .raw();
  const head = db.prepare(`SELECT last_id, hash, mac FROM access_log_head WHERE one = 1`).raw();
  for (;;) {
    const rows = page.all(expectedId, chunk) as [number, string, string][];
    if (rows.length === 0) {
      const h = head.get() as [number, string, string] | undefined;
      const lastId = expectedId - 1;
      if (!h) {
        return lastId === 0
          ? {
              intact: true,
              entries: checked,
              checkpoints: checkpoints.length,
              firstBrokenId: null,
              reason: null,
            }
          : broken(lastId, 'the head of the chain is missing', checkpoints.length);
      }
      const [headId, headHash, mac] = h;
      if (mac !== headMac(key, headId, headHash))
        return broken(headId, 'the head of the chain does not verify', checkpoints.length);
      if (headId > lastId) {
        // Appended meanwhile by another process? Read on once more before concluding.
        if (page.all(expectedId, 1).length > 0) continue;
        return broken(
          lastId + 1,
          `entries ${lastId + 1}–${headId} are missing (deleted from the end)`,
          checkpoints.length,
        );
      }
      if (headId < lastId || headHash !== previous)
        return broken(
          headId + 1,
          'entries were appended past the head of the chain',
          checkpoints.length,
        );
      return {
        intact: true,
        entries: checked,
        checkpoints: checkpoints.length,
        firstBrokenId: null,
        reason: null,
      };
    }
    for (const [id, canonical, hash] of rows) {
      if (id !== expectedId)
        return broken(expectedId, `entry ${expectedId} is missing`, checkpoints.length);
      if (chainHashOf(key, previous, canonical) !== hash)
        return broken(
          id,
          `entry ${id} does not match its hash (changed, or the chain was broken before it)`,
          checkpoints.length,
        );
      previous = hash;
      expectedId = id + 1;
      checked += 1;
    }
    yield checked;
  }
}

/** Verifies the whole chain at once (the CLI). */
export function verifyChain(db: Db, key: Buffer, chunk?: number): VerifyResult {
  const steps = verifySteps(db, key, chunk);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
