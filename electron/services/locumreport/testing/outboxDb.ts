import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outboxMigrationSql } from '../outboxSchema';

/** A fresh database file with only the outbox tables, for the outbox's own tests. */
export function outboxDb(
  file = join(mkdtempSync(join(tmpdir(), 'schakel-outbox-')), 'outbox.sqlite'),
) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'locum_outbox'`).get();
  if (!exists) db.exec(outboxMigrationSql);
  return { db, file };
}
