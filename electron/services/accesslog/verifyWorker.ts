/**
 * A verification worker thread (docs/accesslog.md §Verify): opens the log read-only, takes the
 * stored hash of the entry before its range and checks its range with the same `walkRows` and the
 * same HMAC as the walk on the main thread. Started by `startVerifyWorker`; the verdict goes into
 * its row of the shared results: state (1 done, 2 failed), entries checked, first broken id
 * (0 = none), reason (1 missing, 2 mismatch, 3 no predecessor).
 */
import Database from 'better-sqlite3';
import { isMainThread, workerData } from 'node:worker_threads';
import { chainMacOf } from './chain';
import { missing, rangeSql, walkRows, type Walk } from './verify';
import type { VerifyWorkerData } from './verifyWorkerStart';

const FIELDS = 4;
const PAGE = 20_000;

export function verifyRange({ file, key, from, to, slot, shared }: VerifyWorkerData): void {
  const results = new Float64Array(shared, 0, (shared.byteLength - 4) / 8);
  const signal = new Int32Array(shared, shared.byteLength - 4, 1);
  const finish = (state: number, checked: number, brokenId: number, reason: number) => {
    results[FIELDS * slot + 1] = checked;
    results[FIELDS * slot + 2] = brokenId;
    results[FIELDS * slot + 3] = reason;
    results[FIELDS * slot] = state;
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const before: unknown = db
      .prepare('SELECT hash FROM access_log WHERE id = ?')
      .pluck()
      .get(from - 1);
    if (typeof before !== 'string') return finish(1, 0, from - 1, 3);
    const page = db.prepare(rangeSql).raw();
    const mac = chainMacOf(key);
    const walk: Walk = {
      expectedId: from,
      previous: before,
      checked: 0,
      brokenId: null,
      reason: null,
    };
    for (;;) {
      const read = walkRows(page.iterate(walk.expectedId, to, PAGE), mac, walk);
      Atomics.add(signal, 0, 1); // progress, for the waiting thread's watchdog
      if (walk.brokenId !== null || read === 0 || walk.expectedId > to) break;
    }
    if (walk.brokenId === null && walk.expectedId <= to) {
      walk.brokenId = walk.expectedId;
      walk.reason = missing(walk.expectedId);
    }
    const brokenId = walk.brokenId ?? 0;
    const reason = walk.brokenId === null ? 0 : walk.reason === missing(brokenId) ? 1 : 2;
    finish(1, walk.checked, brokenId, reason);
  } catch {
    finish(2, 0, 0, 0);
  } finally {
    db?.close();
  }
}

if (!isMainThread && workerData && typeof (workerData as VerifyWorkerData).slot === 'number')
  verifyRange(workerData as VerifyWorkerData);
