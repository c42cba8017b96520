import Database from 'better-sqlite3';
import { dirname } from 'node:path';
import { migrations } from './migrations';
import { privateDir, tightenFile, touchPrivate } from './privateFiles';

/** The writer: the one connection main owns, with migrations, transactions and writes. */
export type WriteDb = Database.Database;
/** The writer (the name most of the code uses). */
export type Db = WriteDb;

/** A prepared statement that can only read. */
export interface ReadStatement {
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  iterate(...params: unknown[]): IterableIterator<unknown>;
  pluck(toggle?: boolean): this;
  raw(toggle?: boolean): this;
}

/**
 * The database as the views, exports and forwarding see it: statements that read, nothing else.
 * The type has no `run`, `exec`, `transaction` or `pragma`; `readOnly(db)` also refuses, when it
 * is prepared, any statement SQLite says would write.
 */
export interface ReadDb {
  prepare(sql: string): ReadStatement;
}

export class WriteThroughReadDbError extends Error {
  constructor() {
    super('A read-only view of the database was asked to prepare a statement that writes.');
    this.name = 'WriteThroughReadDbError';
  }
}

/** The read side of the writer's connection (same connection, same transaction visibility). */
export function readOnly(db: WriteDb): ReadDb {
  return {
    prepare(sql) {
      const statement = db.prepare(sql);
      if (!statement.readonly) throw new WriteThroughReadDbError();
      return statement as unknown as ReadStatement;
    },
  };
}

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
  migrateTo(db, migrations.length);
}

/**
 * Applies the migrations after the database's version up to `target` in one transaction (the
 * app always goes to the last; tests go step by step).
 */
export function migrateTo(db: Db, target: number): void {
  const current = schemaVersion(db);
  if (current > migrations.length) throw new DatabaseTooNewError(current, migrations.length);
  if (current >= target) return;
  db.transaction(() => {
    for (const migration of migrations.slice(current, target)) db.exec(migration.sql);
    db.pragma(`user_version = ${target}`);
  }).immediate();
}
