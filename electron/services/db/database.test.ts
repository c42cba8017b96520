import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseTooNewError, openDatabase, schemaVersion } from './database';
import { migrations } from './migrations';

const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-db-'));
  dirs.push(dir);
  return join(dir, 'test.sqlite');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('openDatabase', () => {
  it('applies every migration and sets durable pragmas', () => {
    const db = openDatabase({ file: tempFile() });
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('opens an up-to-date database again without changes', () => {
    const file = tempFile();
    openDatabase({ file }).close();
    const db = openDatabase({ file });
    expect(schemaVersion(db)).toBe(migrations.length);
    db.close();
  });

  it('refuses a database newer than the code and leaves it untouched', () => {
    const file = tempFile();
    const db = openDatabase({ file });
    db.pragma(`user_version = ${migrations.length + 1}`);
    db.close();
    expect(() => openDatabase({ file })).toThrow(DatabaseTooNewError);
    const again = () => openDatabase({ file });
    expect(again).toThrow(/newer Schakel/);
  });

  it('refuses UPDATE and DELETE on the access log', () => {
    const db = openDatabase({ file: ':memory:' });
    db.prepare(
      `INSERT INTO access_log (time, tz_offset, event_type, action, workstation, installation_id,
         system_id, system_version, emergency, outcome, sources, demo, hash)
       VALUES ('t', '+00:00', 'sign-in', 'E', 'ws', 'i', 'schakel', '0', 0, 'success', '[]', 1, 'h')`,
    ).run();
    expect(() => db.prepare(`UPDATE access_log SET outcome = 'x'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM access_log`).run()).toThrow(/append-only/);
    db.close();
  });
});
