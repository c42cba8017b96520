import { existsSync, readFileSync } from 'node:fs';
import type { Db } from '../db/database';

/**
 * Every piece of text in a database, for the test that scans for clinical strings: all values of
 * all tables (through SQL), plus the raw bytes of the file, its WAL and journal decoded as UTF-8 —
 * so text left behind in free pages is found too.
 */
export function databaseText(db: Db, file: string): string {
  const parts: string[] = [];
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[];
  for (const table of tables) {
    for (const row of db
      .prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`)
      .raw()
      .iterate())
      parts.push((row as unknown[]).map((v) => (v === null ? '' : String(v))).join('\u0000'));
  }
  for (const path of [file, `${file}-wal`, `${file}-journal`])
    if (existsSync(path)) parts.push(readFileSync(path).toString('utf8'));
  return parts.join('\n');
}
