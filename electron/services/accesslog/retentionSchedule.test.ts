import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync } from 'node:fs';
import type { AccessLogIntegrity } from '../../../shared/api/schemas';
import { archiveDirOf, runRetention } from './retentionRun';
import { scheduleRetention } from './retentionSchedule';
import { verifyChain } from './verify';
import { fullEvent, keyOf, present, tempLog, type TempLog } from './testSupport';
import { retentionYearsFromEnv } from '../../config/retention';

let t: TempLog;
afterEach(() => {
  vi.useRealTimers();
  t?.dispose();
});

const integrity = (status: AccessLogIntegrity['status']): AccessLogIntegrity => ({
  status,
  checkedEntries: 0,
  firstBrokenId: null,
  reason: null,
  checkedAt: null,
});

/** Twelve entries, one a month through 2019, then the clock set to `now`. */
function yearOfEntries(now: Date) {
  let clock = new Date('2019-01-15T10:00:00Z');
  t = tempLog({ clock: () => clock });
  for (let i = 0; i < 12; i += 1) {
    clock = new Date(Date.UTC(2019, i, 15, 10));
    t.log.append(fullEvent('summary-query', i + 1));
  }
  clock = now;
}

describe('retention run', () => {
  it('archives what expired, logs it as the installation, and the rest still verifies', () => {
    yearOfEntries(new Date('2024-07-01T00:00:00Z'));
    const result = runRetention({
      db: t.db,
      log: t.log,
      dataDir: t.dir,
      mode: 'demo',
      now: new Date('2024-07-01T00:00:00Z'),
      years: 5,
    });
    expect(result).toMatchObject({ archived: 6, fromId: 1, toId: 6 }); // before 2019-07-01
    expect(present(result.file).startsWith(archiveDirOf(t.dir))).toBe(true);
    expect(existsSync(present(result.file))).toBe(true);
    const last = t.db
      .prepare(`SELECT event_type, actor_uzi, outcome FROM access_log ORDER BY id DESC LIMIT 1`)
      .get();
    expect(last).toEqual({
      event_type: 'access-log-retention',
      actor_uzi: null,
      outcome: 'success',
    });
    expect(verifyChain(t.db, keyOf(t))).toMatchObject({ intact: true, checkpoints: 1 });
  });
});

describe('retention schedule', () => {
  it('waits for the start-up check, then runs, then runs again a day later', () => {
    vi.useFakeTimers();
    let status: AccessLogIntegrity['status'] = 'checking';
    const run = vi.fn(() => ({ archived: 0, fromId: null, toId: null, file: null }));
    const schedule = scheduleRetention({
      run,
      integrity: () => integrity(status),
      clock: () => new Date('2026-11-23T12:00:00Z'),
      firstDelayMs: 1000,
      intervalMs: 86_400_000,
    });
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled(); // the chain check is still walking
    status = 'intact';
    vi.advanceTimersByTime(60_000);
    expect(run).toHaveBeenCalledTimes(1);
    expect(schedule.last()).toMatchObject({ at: '2026-11-23T12:00:00.000Z', error: null });
    vi.advanceTimersByTime(86_400_000);
    expect(run).toHaveBeenCalledTimes(2);
    schedule.stop();
    vi.advanceTimersByTime(3 * 86_400_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('never archives a broken log, and keeps a failed run for later', () => {
    vi.useFakeTimers();
    let status: AccessLogIntegrity['status'] = 'broken';
    const run = vi.fn(() => {
      throw new Error('disk full');
    });
    const schedule = scheduleRetention({
      run,
      integrity: () => integrity(status),
      clock: () => new Date('2026-11-23T12:00:00Z'),
      firstDelayMs: 10,
      intervalMs: 1000,
    });
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
    status = 'intact';
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
    expect(schedule.last()).toMatchObject({ result: null, error: 'disk full' });
    schedule.stop();
  });
});

describe('retention years', () => {
  it('defaults to five, takes a whole number, and refuses anything else clearly', () => {
    expect(retentionYearsFromEnv({})).toBe(5);
    expect(retentionYearsFromEnv({ SCHAKEL_LOG_RETENTION_YEARS: '7' })).toBe(7);
    for (const wrong of ['0', '2.5', 'vijf', '-1', '101'])
      expect(() => retentionYearsFromEnv({ SCHAKEL_LOG_RETENTION_YEARS: wrong })).toThrow(
        /whole number of years from 1 to 100/,
      );
  });
});
