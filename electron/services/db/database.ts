import Database from 'better-sqlite3';
import { dirname } from 'node:path';
import { migrations } from './migrations';
import { privateDir, tightenFile, touchPrivate } from './privateFiles';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of the database file, or ':memory:'. */
  file: string;
  /** Path of a better-sqlite3 native binding built for this runtime (Electron's ABI differs). */
  nativeBinding?: string;
}

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `The database was written by a newer Schakel (schema ${found}; this version knows ${supported}). ` +
        'Update Schakel rather than risk the access log.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/**
 * Opens the one connection main owns: WAL, synchronous=FULL, foreign keys on, and all pending
 * migrations applied in one transaction. A database newer than the code is refused untouched.
 */
export function openDatabase({ file, nativeBinding }: OpenOptions): Db {
  const onDisk = file !== ':memory:';
  if (onDisk) {
    // SQLite gives the -wal and -shm files the database file's permissions: 0600 first.
    privateDir(dirname(file));
    touchPrivate(file);
  }
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    if (onDisk) for (const suffix of ['-wal', '-shm']) tightenFile(`${file}${suffix}`);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db): void {
  const current = schemaVersion(db);
  const target = migrations.length;
  if (current > target) throw new DatabaseTooNewError(current, target);
  if (current === target) return;
  db.transaction(() => {
    for (const migration of migrations.slice(current)) db.exec(migration.sql);
    db.pragma(`user_version = ${target}`);
  }).immediate();
}
