import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from './app';
import { dispatch } from '../services/dispatch';
import { openDatabase } from '../services/db/database';
import { databaseText } from '../services/accesslog/databaseText';
import { databaseFile } from '../config/dataDir';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const textOf = (file: string) => {
  const db = openDatabase({ file });
  try {
    return databaseText(db, file);
  } finally {
    db.close();
  }
};

describe('demo and live write to different database files', () => {
  it('a demo session in the same data directory never touches the live access log', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'schakel-modes-'));
    dirs.push(dataDir);
    const demoFile = databaseFile(dataDir, 'demo');
    const liveFile = databaseFile(dataDir, 'live');
    expect(demoFile).not.toBe(liveFile);

    const live = await startApp({ dataDir, mode: 'live', host: 'browser', version: 'test' });
    await live.close();
    expect(existsSync(liveFile)).toBe(true);
    expect(existsSync(demoFile)).toBe(false);

    const demo = await startApp({ dataDir, mode: 'demo', host: 'browser', version: 'test' });
    expect((await dispatch(demo.handlers, 'signInDemo', { identityId: 'hap-huisarts' })).ok).toBe(
      true,
    );
    expect((await dispatch(demo.handlers, 'patientOpen', { bsn: '999990007' })).ok).toBe(true);
    await demo.close();

    expect(existsSync(demoFile)).toBe(true);
    // The demo GP's UZI number and the synthetic BSN are in the demo log, not in the live one.
    expect(textOf(demoFile)).toContain('900010001');
    expect(textOf(demoFile)).toContain('999990007');
    const liveText = textOf(liveFile);
    expect(liveText).not.toContain('900010001');
    expect(liveText).not.toContain('999990007');
  }, 60_000);
});
