import { afterEach, describe, expect, it } from 'vitest';
import { startIntegrityCheck } from './integrity';
import { fullEvent, tempLog, type TempLog } from './testSupport';

let t: TempLog;
afterEach(() => t?.dispose());

describe('integrity check at start', () => {
  it('reports checking, then intact, without blocking the event loop', async () => {
    t = tempLog();
    t.log.appendMany(Array.from({ length: 50 }, (_, i) => fullEvent('sign-in', i)));
    const monitor = startIntegrityCheck(t.db, t.log.key, undefined, 10);
    expect(monitor.current().status).toBe('checking');
    expect(await monitor.done).toMatchObject({ status: 'intact', checkedEntries: 50 });
  });

  it('reports the first broken entry', async () => {
    t = tempLog();
    t.log.appendMany(Array.from({ length: 20 }, (_, i) => fullEvent('sign-in', i)));
    t.db.exec(
      `DROP TRIGGER access_log_no_update; UPDATE access_log SET actor_role = '01.015' WHERE id = 12;`,
    );
    expect(await startIntegrityCheck(t.db, t.log.key, undefined, 5).done).toMatchObject({
      status: 'broken',
      firstBrokenId: 12,
    });
  });

  it('reports a missing key', async () => {
    t = tempLog();
    expect(await startIntegrityCheck(t.db, null).done).toMatchObject({ status: 'key-missing' });
  });
});
