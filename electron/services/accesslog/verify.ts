import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Db } from '../db/database';
import { canonicalSql } from './columns';
import { CANONICAL_VERSION, chainMacOf, checkpointMac, GENESIS, headMac } from './chain';
import { startVerifyWorker } from './verifyWorkerStart';

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
 * One entry's id, its canonical content written by SQLite (json_array, the same text as
 * `canonicalOf`; docs/accesslog.md §Canonical form) and its stored hash, in id order from `?`.
 * Shared by the walk on this thread and by the verification workers.
 */
export const rangeSql = `SELECT id, ${canonicalSql(CANONICAL_VERSION)}, hash FROM access_log WHERE id >= ? AND id <= ? ORDER BY id LIMIT ?`;

export const missing = (id: number) => `entry ${id} is missing`;
const mismatch = (id: number) =>
  `entry ${id} does not match its hash (changed, or the chain was broken before it)`;

/** Where a walk over a range of ids stopped: the next id expected and the last hash seen. */
export interface Walk {
  expectedId: number;
  previous: string;
  checked: number;
  /** Set when an entry is missing or does not match. */
  brokenId: number | null;
  reason: string | null;
}

/**
 * Checks the entries with ids in [walk.expectedId, toId], at most `limit` of them, each against
 * HMAC(key, stored hash of its predecessor ‖ canonical). Advances `walk`; returns how many rows
 * were read. The statement's iterator is drained before returning, so the connection is free
 * between calls (the app walks in chunks between other work).
 */
export function walkRows(
  rows: IterableIterator<unknown>,
  mac: (previous: string, canonical: string) => string,
  walk: Walk,
  /** Rows are [id, canonical, hash]. */
): number {
  let read = 0;
  let { expectedId, previous, checked } = walk;
  for (const row of rows as IterableIterator<[number, string, string]>) {
    read += 1;
    if (walk.brokenId !== null) continue; // drain
    const id = row[0];
    const hash = row[2];
    if (id !== expectedId) {
      walk.brokenId = expectedId;
      walk.reason = missing(expectedId);
      continue;
    }
    if (mac(previous, row[1]) !== hash) {
      walk.brokenId = id;
      walk.reason = mismatch(id);
      continue;
    }
    previous = hash;
    expectedId = id + 1;
    checked += 1;
  }
  walk.expectedId = expectedId;
  walk.previous = previous;
  walk.checked = checked;
  return read;
}

/** Checkpoints: each MAC valid, each following the previous without a gap. */
function checkCheckpoints(
  db: Db,
  key: Buffer,
): { count: number; expectedId: number; previous: string; broken: VerifyResult | null } {
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
      return {
        count: checkpoints.length,
        expectedId,
        previous,
        broken: {
          intact: false,
          entries: 0,
          checkpoints: 0,
          firstBrokenId: c.from_id,
          reason: `retention checkpoint for entries ${c.from_id}–${c.to_id} does not verify`,
        },
      };
    expectedId = c.to_id + 1;
    previous = c.anchor_hash;
  }
  return { count: checkpoints.length, expectedId, previous, broken: null };
}

/**
 * Walks the chain in steps of `chunk` entries, yielding the number checked so far, so the app can
 * verify at start without blocking (docs/accesslog.md §Verify). Returns the verdict.
 */
export function* verifySteps(db: Db, key: Buffer, chunk = 20_000): Generator<number, VerifyResult> {
  return yield* walkFrom(db, key, chunk, null);
}

/**
 * The walk itself. `done`, when given, is a prefix already verified elsewhere (by workers): the
 * walk continues after it, so entries appended meanwhile and the head are still checked here.
 */
function* walkFrom(
  db: Db,
  key: Buffer,
  chunk: number,
  done: { checkpoints: number; walk: Walk } | null,
): Generator<number, VerifyResult> {
  let count: number;
  let walk: Walk;
  if (done) ({ checkpoints: count, walk } = done);
  else {
    const c = checkCheckpoints(db, key);
    if (c.broken) return c.broken;
    count = c.count;
    walk = {
      expectedId: c.expectedId,
      previous: c.previous,
      checked: 0,
      brokenId: null,
      reason: null,
    };
  }
  const broken = (id: number | null, reason: string): VerifyResult => ({
    intact: false,
    entries: walk.checked,
    checkpoints: count,
    firstBrokenId: id,
    reason,
  });
  const intact = (): VerifyResult => ({
    intact: true,
    entries: walk.checked,
    checkpoints: count,
    firstBrokenId: null,
    reason: null,
  });
  if (walk.brokenId !== null) return broken(walk.brokenId, walk.reason ?? '');

  // The rows, in id order, each chained to the one before.
  const page = db.prepare(rangeSql).raw();
  const entryMac = chainMacOf(key);
  const head = db.prepare(`SELECT last_id, hash, mac FROM access_log_head WHERE one = 1`).raw();
  for (;;) {
    const read = walkRows(
      page.iterate(walk.expectedId, Number.MAX_SAFE_INTEGER, chunk),
      entryMac,
      walk,
    );
    if (walk.brokenId !== null) return broken(walk.brokenId, walk.reason ?? '');
    if (read > 0) {
      yield walk.checked;
      continue;
    }
    const h = head.get() as [number, string, string] | undefined;
    const lastId = walk.expectedId - 1;
    if (!h) {
      return lastId === 0 ? intact() : broken(lastId, 'the head of the chain is missing');
    }
    const [headId, headHash, mac] = h;
    if (mac !== headMac(key, headId, headHash))
      return broken(headId, 'the head of the chain does not verify');
    if (headId > lastId) {
      // Appended meanwhile by another process? Read on once more before concluding.
      if (page.all(walk.expectedId, Number.MAX_SAFE_INTEGER, 1).length > 0) continue;
      return broken(
        lastId + 1,
        `entries ${lastId + 1}–${headId} are missing (deleted from the end)`,
      );
    }
    if (headId < lastId || headHash !== walk.previous)
      return broken(headId + 1, 'entries were appended past the head of the chain');
    return intact();
  }
}

export interface ParallelOptions {
  /** Worker threads besides this one; default: the number of CPUs (0 = walk on this thread). */
  workers?: number;
  /** Below this many entries the walk stays on this thread (starting workers costs ~50 ms). */
  minEntries?: number;
  /** Told how many workers' verdicts were used (tests: the parallel path really ran). */
  onWorkers?: (count: number) => void;
}

/**
 * Verifies the whole chain at once (the CLI, the benchmark). A large log in a database file is
 * split into id ranges verified side by side: each entry needs only its predecessor's *stored*
 * hash, so a range can be checked without the ones before it — exactly the check the walk makes.
 * This thread takes the first range, worker threads (each with its own read-only connection) the
 * others; the verdict names the first broken entry in id order. Whatever was appended after the
 * split, and the head, are then checked by the ordinary walk. When workers cannot be used (an
 * in-memory database, an open transaction the workers would not see, a worker that fails to
 * start), the whole walk runs on this thread.
 */
export function verifyChain(
  db: Db,
  key: Buffer,
  chunk?: number,
  parallel: ParallelOptions = {},
): VerifyResult {
  const steps = parallelPrefix(db, key, chunk ?? 20_000, parallel);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function parallelPrefix(
  db: Db,
  key: Buffer,
  chunk: number,
  { workers = availableParallelism(), minEntries = 200_000, onWorkers }: ParallelOptions,
): Generator<number, VerifyResult> {
  if (workers < 1 || db.memory || db.inTransaction) return verifySteps(db, key, chunk);
  const c = checkCheckpoints(db, key);
  if (c.broken) return verifySteps(db, key, chunk);
  const lastId = (db.prepare(`SELECT coalesce(max(id), 0) FROM access_log`).pluck().get() ??
    0) as number;
  const total = lastId - c.expectedId + 1;
  if (total < minEntries) return verifySteps(db, key, chunk);

  // Ranges: this thread's first, then one per worker.
  const parts = workers + 1;
  const size = Math.ceil(total / parts);
  const ranges = Array.from({ length: parts }, (_, i) => {
    const from = c.expectedId + i * size;
    return { from, to: Math.min(lastId, from + size - 1) };
  }).filter((r) => r.from <= r.to);

  // Results, one row of four Int32-safe numbers per worker: state (0 running, 1 done, 2 failed),
  // entries checked, first broken id (0 = none), reason (1 missing, 2 mismatch, 3 no predecessor).
  const shared = new SharedArrayBuffer(8 * 4 * ranges.length + 4);
  const results = new Float64Array(shared, 0, 4 * ranges.length);
  const signal = new Int32Array(shared, 8 * 4 * ranges.length, 1);
  const started: Worker[] = [];
  try {
    for (let i = 1; i < ranges.length; i += 1) {
      const r = ranges[i] as { from: number; to: number };
      const worker = startVerifyWorker({
        file: db.name,
        key,
        from: r.from,
        to: r.to,
        slot: i,
        shared,
      });
      // A worker that dies without reporting leaves its slot at 0: the wait below gives up.
      worker.on('error', () => undefined);
      started.push(worker);
    }
  } catch {
    for (const w of started) void w.terminate();
    return verifySteps(db, key, chunk);
  }

  // The first range on this thread, meanwhile.
  const first = ranges[0] as { from: number; to: number };
  const walk: Walk = {
    expectedId: first.from,
    previous: c.previous,
    checked: 0,
    brokenId: null,
    reason: null,
  };
  const page = db.prepare(rangeSql).raw();
  const mac = chainMacOf(key);
  while (walk.brokenId === null && walk.expectedId <= first.to)
    if (walkRows(page.iterate(walk.expectedId, first.to, chunk), mac, walk) === 0) break;
  if (walk.brokenId === null && walk.expectedId <= first.to) {
    walk.brokenId = walk.expectedId;
    walk.reason = missing(walk.expectedId);
  }

  // Wait for the workers (synchronously: the CLI and the benchmark have nothing else to do).
  // Workers report progress every page; one silent for 30 s is given up and the walk falls back.
  let progress = -1;
  let quietSince = performance.now();
  for (;;) {
    const value = Atomics.load(signal, 0);
    const pending = ranges.some((_, i) => i > 0 && results[4 * i] === 0);
    if (!pending) break;
    if (value !== progress) {
      progress = value;
      quietSince = performance.now();
    } else if (performance.now() - quietSince > 30_000) {
      for (let i = 1; i < ranges.length; i += 1) if (results[4 * i] === 0) results[4 * i] = 2;
      break;
    }
    Atomics.wait(signal, 0, value, 1000);
  }
  for (const w of started) void w.terminate();
  if (ranges.some((_, i) => i > 0 && results[4 * i] === 2)) return verifySteps(db, key, chunk);
  onWorkers?.(started.length);

  // The first broken entry in id order; otherwise the walk continues after the last range.
  for (let i = 1; i < ranges.length && walk.brokenId === null; i += 1) {
    const r = ranges[i] as { from: number; to: number };
    walk.checked += results[4 * i + 1] as number;
    const brokenId = results[4 * i + 2] as number;
    const reason = results[4 * i + 3] as number;
    if (brokenId > 0) {
      walk.brokenId = brokenId;
      walk.reason = reason === 2 ? mismatch(brokenId) : missing(brokenId);
    } else {
      walk.expectedId = r.to + 1;
      walk.previous = '';
    }
  }
  if (walk.brokenId === null && ranges.length > 1) {
    const last = ranges[ranges.length - 1] as { to: number };
    walk.previous = db
      .prepare(`SELECT hash FROM access_log WHERE id = ?`)
      .pluck()
      .get(last.to) as string;
  }
  return walkFrom(db, key, chunk, { checkpoints: c.count, walk });
}
