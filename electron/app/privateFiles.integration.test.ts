import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from './app';
import { dispatch } from '../services/dispatch';
import { openDatabase } from '../services/db/database';

/** Issue 15 §7: every file in the data directory 0600, every directory 0700, also when they existed. */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function modes(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, rel: string) => {
    out[`${rel || '.'}/`] = (statSync(dir).mode & 0o777).toString(8);
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(path).isDirectory()) walk(path, r);
      else out[r] = (statSync(path).mode & 0o777).toString(8);
    }
  };
  walk(root, '');
  return out;
}

describe.skipIf(process.platform === 'win32')('files in the data directory', () => {
  it('are 0600 and directories 0700, in an existing 0755 directory under umask 022', async () => {
    const previous = process.umask(0o022);
    try {
      const dataDir = mkdtempSync(join(tmpdir(), 'schakel-perm-'));
      dirs.push(dataDir);
      chmodSync(dataDir, 0o755);
      const app = await startApp({ dataDir, mode: 'demo', host: 'browser', version: 'test' });
      await dispatch(app.handlers, 'signInDemo', { identityId: 'hap-huisarts' });
      const found = modes(dataDir);
      await app.close();
      const wrong = Object.entries(found).filter(([path, mode]) =>
        path.endsWith('/') ? mode !== '700' : mode !== '600',
      );
      expect(found['schakel-demo.sqlite']).toBe('600');
      expect(Object.keys(found)).toEqual(expect.arrayContaining(['schakel-demo.sqlite-wal']));
      expect(wrong).toEqual([]);
    } finally {
      process.umask(previous);
    }
  }, 60_000);

  it('narrows an existing world-readable database and its WAL', () => {
    const previous = process.umask(0o022);
    try {
      const dir = mkdtempSync(join(tmpdir(), 'schakel-perm-'));
      dirs.push(dir);
      const file = join(dir, 'old.sqlite');
      writeFileSync(file, '', { mode: 0o644 });
      writeFileSync(`${file}-wal`, '', { mode: 0o644 });
      const db = openDatabase({ file });
      db.exec('CREATE TABLE t (x)');
      const m = modes(dir);
      db.close();
      expect([m['./'], m['old.sqlite'], m['old.sqlite-wal'], m['old.sqlite-shm']]).toEqual([
        '700',
        '600',
        '600',
        '600',
      ]);
    } finally {
      process.umask(previous);
    }
  });
});
