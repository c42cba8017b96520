import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../db/database';
import { createAccessLog, type AccessLog } from './accessLog';
import { memoryKeyStore, type ChainKeyStore } from './keyFile';
import { fullEvent } from './syntheticEvents';
import { accessEventTypes, type AccessEventInput } from '../../../shared/domain/accessEvent';
export { fullEvent };

/** A real SQLite file in a temp directory with a log on it. For tests and benchmarks. */
export interface TempLog {
  dir: string;
  file: string;
  db: Db;
  keys: ChainKeyStore;
  log: AccessLog;
  reopen(): void;
  dispose(): void;
}

export function tempLog(
  options: { clock?: () => Date; chained?: boolean; keys?: ChainKeyStore } = {},
): TempLog {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-log-'));
  const file = join(dir, 'log.sqlite');
  const keys = options.keys ?? memoryKeyStore();
  const make = (db: Db) =>
    createAccessLog({
      db,
      keys,
      accessPoint: {
        workstation: 'HAP-WS-07',
        installationId: '7f1c2a9e-0000-4000-8000-000000000001',
      },
      system: { id: 'schakel', version: '0.1.0-test' },
      clock: options.clock,
      chained: options.chained,
    });
  const t: TempLog = {
    dir,
    file,
    keys,
    db: openDatabase({ file }),
    log: undefined as unknown as AccessLog,
    reopen() {
      t.db.close();
      t.db = openDatabase({ file });
      t.log = make(t.db);
    },
    dispose() {
      if (t.db.open) t.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  t.log = make(t.db);
  return t;
}

/** The log's chain key; a test log always has one. */
export function keyOf(t: TempLog): Buffer {
  if (!t.log.key) throw new Error('the test log has no key');
  return t.log.key;
}

/** The value, or a thrown error naming what was missing. */
export function present<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}

/** `n` synthetic events numbered from `offset`, the event types in turn. */
export const syntheticEvents = (n: number, offset = 0): AccessEventInput[] =>
  Array.from({ length: n }, (_, i) =>
    fullEvent(accessEventTypes[(i + offset) % accessEventTypes.length] ?? 'sign-in', i + offset),
  );

/** Appends `n` synthetic events numbered from `offset` to the log, 1 000 per transaction. */
export function fillLog(log: AccessLog, n: number, offset = 0): void {
  for (let i = 0; i < n; i += 1000)
    log.appendMany(syntheticEvents(Math.min(1000, n - i), offset + i));
}
