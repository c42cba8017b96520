import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  DatabaseTooNewError,
  migrateTo,
  openDatabase,
  readOnly,
  schemaVersion,
  WriteThroughReadDbError,
} from './database';
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

/**
 * What each migration adds, by name: the schema after step n is the union of steps 1..n. A new
 * migration adds its row here (the test fails until it does).
 */
const addedBy: Record<string, string[]> = {
  '001-access-log': [
    'table access_log',
    'index access_log_time',
    'index access_log_patient',
    'index access_log_actor',
    'index access_log_event',
    'index access_log_for_review',
    'table access_log_head',
    'table access_log_checkpoint',
    'trigger access_log_no_update',
    'trigger access_log_no_delete',
    'trigger access_log_head_no_delete',
    'trigger access_log_head_forward',
    'trigger access_log_checkpoint_no_update',
    'trigger access_log_checkpoint_no_delete',
    'trigger access_log_checkpoint_in_order',
    'table access_review',
    'table access_review_note',
    'index access_review_note_entry',
  ],
  '002-locum-outbox': [
    'table locum_outbox',
    'index locum_outbox_due',
    'table locum_outbox_history',
    'index locum_outbox_history_report',
  ],
  '003-access-log-forward': ['table access_log_forward'],
};

const schemaOf = (db: ReturnType<typeof openDatabase>) =>
  (
    db
      .prepare(
        `SELECT type || ' ' || name AS object FROM sqlite_master
         WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`,
      )
      .pluck()
      .all() as string[]
  ).sort();

describe('migrations, step by step', () => {
  it('names what every step adds', () => {
    expect(migrations.map((m) => m.name)).toEqual(Object.keys(addedBy));
  });

  it('after each step the schema is exactly what the steps so far add, and the version counts them', () => {
    const db = new Database(':memory:');
    const expected: string[] = [];
    migrations.forEach((migration, i) => {
      migrateTo(db, i + 1);
      expected.push(...(addedBy[migration.name] ?? []));
      expect(schemaVersion(db)).toBe(i + 1);
      expect(schemaOf(db)).toEqual([...expected].sort());
    });
    db.close();
  });

  it('opens a database left at any earlier step and brings it to the last', () => {
    for (let step = 0; step < migrations.length; step += 1) {
      const file = tempFile();
      const old = new Database(file);
      migrateTo(old, step);
      old.close();
      const db = openDatabase({ file });
      expect(schemaVersion(db)).toBe(migrations.length);
      expect(schemaOf(db)).toEqual(Object.values(addedBy).flat().sort());
      db.close();
    }
  });
});

describe('readOnly', () => {
  it('reads through the same connection and refuses a statement that writes', () => {
    const db = openDatabase({ file: ':memory:' });
    const reader = readOnly(db);
    expect(reader.prepare(`SELECT count(*) FROM access_log`).pluck().get()).toBe(0);
    expect(() => reader.prepare(`DELETE FROM access_review`)).toThrow(WriteThroughReadDbError);
    expect(() => reader.prepare(`INSERT INTO access_review_note (entry_id) VALUES (1)`)).toThrow(
      WriteThroughReadDbError,
    );
    db.close();
  });
});
