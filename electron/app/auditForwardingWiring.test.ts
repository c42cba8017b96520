import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { accessEventTypes } from '../../shared/domain/accessEvent';
import { readOnly } from '../services/db/database';
import { reconcile } from '../services/accesslog/forwarding/reconcile';
import { fullEvent, tempLog, type TempLog } from '../services/accesslog/testSupport';
import { wireAuditForwarding } from './auditForwardingWiring';

let t: TempLog | null = null;
afterEach(() => t?.dispose());

async function until(ok: () => boolean, ms = 30_000) {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('audit forwarding in the app', () => {
  it('is off without configuration, and says so', async () => {
    t = tempLog();
    const w = wireAuditForwarding({
      db: t.db,
      dataDir: t.dir,
      mode: 'demo',
      config: null,
      integrityDone: Promise.resolve(),
      env: {},
    });
    expect(w.state()).toMatchObject({ enabled: false, behind: 0 });
    await w.close();
  });

  it('in demo mode forwards to the classroom collector once the chain check is done', async () => {
    const log = (t = tempLog());
    log.log.appendMany(
      Array.from({ length: 300 }, (_, i) => fullEvent(accessEventTypes[i % 10] ?? 'sign-in', i)),
    );
    let checked: () => void = () => undefined;
    const integrityDone = new Promise<void>((resolve) => (checked = resolve));
    const w = wireAuditForwarding({
      db: log.db,
      dataDir: log.dir,
      mode: 'demo',
      config: null,
      integrityDone,
      env: { SCHAKEL_DEMO_AUDIT_COLLECTOR: '1' },
    });
    await new Promise((r) => setTimeout(r, 300));
    const file = join(log.dir, 'demo-central-audit.log');
    expect(existsSync(file)).toBe(false); // nothing before the check is done
    checked();
    await until(() => w.state().ackedId === 300);
    await w.close();
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    expect(reconcile(readOnly(log.db), lines)).toMatchObject({ consistent: true, missing: [] });
  });
});
