import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessEventTypes } from '../../../shared/domain/accessEvent';
import { columns } from './columns';
import { verifyChain, type ParallelOptions } from './verify';
import { fullEvent, keyOf, tempLog, type TempLog } from './testSupport';

/**
 * The parallel verification (worker threads over id ranges) must give exactly the verdict of the
 * walk on one thread, wherever the damage is: inside a range, on either side of a range boundary,
 * at the very end.
 */
const COUNT = 900;
let workersUsed = 0;
const parallel: ParallelOptions = {
  workers: 2, // ranges 1–300, 301–600, 601–900
  minEntries: 0,
  onWorkers: (count) => (workersUsed += count),
};
const single: ParallelOptions = { workers: 0 };

let t: TempLog;
beforeAll(() => {
  t = tempLog();
  const events = Array.from({ length: COUNT }, (_, i) =>
    fullEvent(accessEventTypes[i % accessEventTypes.length] ?? 'sign-in', i),
  );
  t.log.appendMany(events.slice(0, 450));
  t.log.appendMany(events.slice(450));
});
afterAll(() => t?.dispose());

/** Applies `sql` (triggers dropped), verifies both ways, and restores the log. */
function both(sql: string, ...params: unknown[]) {
  t.db.exec('DROP TRIGGER access_log_no_update; DROP TRIGGER access_log_no_delete;');
  t.db.exec('CREATE TEMP TABLE saved AS SELECT * FROM access_log');
  t.db.prepare(sql).run(...params);
  const before = workersUsed;
  const result = {
    parallel: verifyChain(t.db, keyOf(t), 100, parallel),
    workers: workersUsed - before,
    single: verifyChain(t.db, keyOf(t), 100, single),
  };
  t.db.exec(
    `DELETE FROM access_log; INSERT INTO access_log SELECT * FROM saved; DROP TABLE saved;`,
  );
  t.db.exec(`CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
      BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
    CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
      WHEN OLD.id > (SELECT coalesce(max(to_id), 0) FROM access_log_checkpoint)
      BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;`);
  return result;
}

describe('parallel verification', () => {
  it('agrees with the single walk on an intact log', () => {
    const p = verifyChain(t.db, keyOf(t), 100, parallel);
    expect(p).toEqual({
      intact: true,
      entries: COUNT,
      checkpoints: 0,
      firstBrokenId: null,
      reason: null,
    });
    expect(p).toEqual(verifyChain(t.db, keyOf(t), 100, single));
    expect(workersUsed).toBe(2);
  });

  it.each([1, 2, 299, 300, 301, 302, 450, 599, 600, 601, 899, 900])(
    'names entry %i when a byte of it changed, like the single walk',
    (id) => {
      for (const column of ['actor_name', 'hash', 'demo'] as const) {
        const r = both(
          column === 'demo'
            ? `UPDATE access_log SET demo = 1 - demo WHERE id = ?`
            : `UPDATE access_log SET ${column} = ${column} || 'x' WHERE id = ?`,
          id,
        );
        expect(r.parallel, `${column} of ${id}`).toEqual(r.single);
        expect(r.workers).toBe(2);
        expect(r.parallel).toMatchObject({ intact: false, firstBrokenId: id });
      }
    },
  );

  it.each([1, 300, 301, 600, 601, 750, 900])(
    'names entry %i when it was deleted, like the single walk',
    (id) => {
      const r = both(`DELETE FROM access_log WHERE id = ?`, id);
      expect(r.parallel).toEqual(r.single);
      expect(r.parallel).toMatchObject({ intact: false, firstBrokenId: id });
    },
  );

  it('notices entries deleted from the end, and several ranges broken at once', () => {
    let r = both(`DELETE FROM access_log WHERE id > 880`);
    expect(r.parallel).toEqual(r.single);
    expect(r.parallel).toMatchObject({ intact: false, firstBrokenId: 881 });
    r = both(`UPDATE access_log SET reason_code = 'X' WHERE id IN (420, 777, 12)`);
    expect(r.parallel).toEqual(r.single);
    expect(r.parallel).toMatchObject({ intact: false, firstBrokenId: 12 });
  });

  it('covers every column', () => {
    expect(columns).toHaveLength(30);
    const r = both(`UPDATE access_log SET tz_offset = '+00:01' WHERE id = 640`);
    expect(r.parallel).toMatchObject({ intact: false, firstBrokenId: 640 });
  });

  it('stays on this thread inside an open transaction (workers would not see it)', () => {
    t.db.exec('SAVEPOINT tamper; DROP TRIGGER access_log_no_update;');
    t.db.prepare(`UPDATE access_log SET outcome = 'refused' WHERE id = 500`).run();
    const r = verifyChain(t.db, keyOf(t), 100, parallel);
    t.db.exec('ROLLBACK TO tamper; RELEASE tamper;');
    expect(r).toMatchObject({ intact: false, firstBrokenId: 500 });
  });
});
