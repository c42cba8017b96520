import { afterEach, describe, expect, it } from 'vitest';
import { accessEventTypes } from '../../../../shared/domain/accessEvent';
import { fullEvent, tempLog, type TempLog } from '../testSupport';
import { startForwarder, type Forwarder } from './forwarder';
import { freePort } from './testing/rsyslog';

let t: TempLog | null = null;
let f: Forwarder | null = null;
afterEach(async () => {
  await f?.close();
  t?.dispose();
});

describe('forwarding state', () => {
  it('counts what is behind since the oldest unsent entry, amber past the set time, with the reason', async () => {
    const start = new Date('2026-03-01T03:12:00.000Z');
    let now = start;
    t = tempLog({ clock: () => now });
    t.log.appendMany(
      Array.from({ length: 12 }, (_, i) => fullEvent(accessEventTypes[i % 10] ?? 'sign-in', i)),
    );
    f = startForwarder({
      db: t.db,
      target: { host: '127.0.0.1', port: await freePort(), ca: 'x', cert: 'x', key: 'x' },
      accessPoint: { workstation: 'ws', installationId: 'i' },
      mode: 'demo',
      checkpointEvery: 1000,
      checkpointMinutes: 15,
      amberAfterMinutes: 30,
      backoff: { minMs: 50, maxMs: 100 },
      clock: () => now,
    });
    const end = Date.now() + 10_000;
    while (f.state().lastError === null && Date.now() < end)
      await new Promise((r) => setTimeout(r, 20));
    now = new Date(start.getTime() + 29 * 60_000);
    expect(f.state()).toMatchObject({
      enabled: true,
      connected: false,
      ackedId: 0,
      headId: 12,
      behind: 12,
      behindSince: '2026-03-01T03:12:00.000Z',
      amber: false,
    });
    expect(f.state().lastError).toMatch(/ECONNREFUSED|ERR_/);
    now = new Date(start.getTime() + 31 * 60_000);
    expect(f.state().amber).toBe(true);
  });
});

describe('forwarding state after a rollback', () => {
  it('says so when the cursor is past the end of the log', async () => {
    t = tempLog();
    t.log.appendMany([fullEvent('sign-in', 1), fullEvent('sign-out', 2)]);
    t.db.prepare(`INSERT INTO access_log_forward (one, acked_id) VALUES (1, 50)`).run();
    f = startForwarder({
      db: t.db,
      target: { host: '127.0.0.1', port: await freePort(), ca: 'x', cert: 'x', key: 'x' },
      accessPoint: { workstation: 'ws', installationId: 'i' },
      mode: 'demo',
      checkpointEvery: 1000,
      checkpointMinutes: 15,
      amberAfterMinutes: 30,
    });
    expect(f.state()).toMatchObject({ ackedId: 50, headId: 2, behind: 0 });
    expect(f.state().lastError).toMatch(/rolled back/);
  });
});
