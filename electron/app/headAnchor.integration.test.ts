import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type App } from './app';
import { dispatch } from '../services/dispatch';
import { databaseFile } from '../config/dataDir';
import type { AccessLogIntegrity } from '../../shared/api/schemas';

/** The app's start-up check holds the log against the head anchor (issue 15), wired in startApp. */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function integrity(app: App): Promise<AccessLogIntegrity> {
  for (;;) {
    const r = await dispatch(app.handlers, 'accessLogIntegrity', {});
    const value = (r.ok ? r.value : null) as AccessLogIntegrity | null;
    if (value && value.status !== 'checking') return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('start-up against the head anchor', () => {
  it('a deleted database is reported at the next start, not taken for a new log', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'schakel-anchor-'));
    dirs.push(dataDir);
    const start = () => startApp({ dataDir, mode: 'demo', host: 'browser', version: 'test' });
    let app = await start();
    expect((await integrity(app)).status).toBe('intact');
    await dispatch(app.handlers, 'signInDemo', { identityId: 'hap-huisarts' });
    await dispatch(app.handlers, 'signOut', {});
    await app.close(); // the anchor follows the head on close

    app = await start();
    expect((await integrity(app)).status).toBe('intact');
    await app.close();
    const file = databaseFile(dataDir, 'demo');
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });

    app = await start();
    const verdict = await integrity(app);
    expect(verdict.status).toBe('broken');
    expect(verdict.reason).toMatch(/log is empty, but 2 entries were verified/);
    await app.close();
  }, 60_000);
});
