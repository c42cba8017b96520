import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { archiveExpired, verifyArchive } from './retention';
import { verifyChain } from './verify';
import { fullEvent, keyOf, present, tempLog, type TempLog } from './testSupport';

let t: TempLog;
afterEach(() => t?.dispose());

/** Entries one per month from January 2019, the clock moved by hand. */
function monthly(count: number) {
  let now = new Date('2019-01-15T10:00:00Z');
  t = tempLog({ clock: () => now });
  for (let i = 0; i < count; i += 1) {
    now = new Date(Date.UTC(2019, i, 15, 10));
    t.log.append(fullEvent('summary-query', i + 1));
  }
}

describe('retention', () => {
  it('archives expired entries to a file with its own chain; what remains still verifies', () => {
    monthly(24); // 2019-01 … 2020-12
    const key = keyOf(t);
    const archiveDir = join(t.dir, 'archive');
    const result = archiveExpired({
      db: t.db,
      key,
      archiveDir,
      label: 'demo',
      now: new Date('2025-07-01T00:00:00Z'),
    });
    expect(result).toMatchObject({ archived: 18, fromId: 1, toId: 18 }); // before 2020-07-01
    expect(t.db.prepare(`SELECT count(*) FROM access_log`).pluck().get()).toBe(6);
    expect(verifyChain(t.db, key)).toMatchObject({ intact: true, entries: 6, checkpoints: 1 });
    expect(verifyArchive(present(result.file), key)).toEqual({
      intact: true,
      entries: 18,
      firstBrokenId: null,
    });

    // The chain goes on after retention, and a second run continues where the first stopped.
    t.log.append(fullEvent('sign-out', 99));
    const second = archiveExpired({
      db: t.db,
      key,
      archiveDir,
      label: 'demo',
      now: new Date('2025-10-01T00:00:00Z'),
    });
    expect(second).toMatchObject({ archived: 3, fromId: 19, toId: 21 });
    expect(verifyChain(t.db, key)).toMatchObject({ intact: true, checkpoints: 2 });
  });

  it('does nothing when nothing has expired', () => {
    monthly(3);
    const result = archiveExpired({
      db: t.db,
      key: keyOf(t),
      archiveDir: join(t.dir, 'a'),
      label: 'demo',
      now: new Date('2020-01-01T00:00:00Z'),
    });
    expect(result.archived).toBe(0);
    expect(verifyChain(t.db, keyOf(t)).intact).toBe(true);
  });

  it('still refuses a DELETE outside a checkpointed range', () => {
    monthly(24);
    archiveExpired({
      db: t.db,
      key: keyOf(t),
      archiveDir: join(t.dir, 'a'),
      label: 'demo',
      now: new Date('2025-07-01T00:00:00Z'),
    });
    expect(() => t.db.prepare(`DELETE FROM access_log WHERE id = 19`).run()).toThrow(/append-only/);
    expect(() => t.db.prepare(`DELETE FROM access_log_checkpoint`).run()).toThrow(/append-only/);
  });

  it('notices a forged checkpoint and a changed archive', () => {
    monthly(24);
    const key = keyOf(t);
    const result = archiveExpired({
      db: t.db,
      key,
      archiveDir: join(t.dir, 'a'),
      label: 'demo',
      now: new Date('2025-07-01T00:00:00Z'),
    });
    // An attacker without the key authorises deleting more rows with a checkpoint of their own.
    t.db
      .prepare(
        `INSERT INTO access_log_checkpoint (created_at, from_id, to_id, anchor_hash, archive_file, archive_sha256, mac)
         VALUES ('2025-07-02T00:00:00.000Z', 19, 20, 'x', 'none', 'x', 'forged')`,
      )
      .run();
    t.db.prepare(`DELETE FROM access_log WHERE id BETWEEN 19 AND 20`).run();
    expect(verifyChain(t.db, key)).toMatchObject({ intact: false, firstBrokenId: 19 });

    const text = readFileSync(present(result.file), 'utf8').replace('"corr-5"', '"corr-6"');
    writeFileSync(present(result.file), text);
    expect(verifyArchive(present(result.file), key)).toMatchObject({
      intact: false,
      firstBrokenId: 5,
    });
  });
});
