import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseFile } from '../config/dataDir';
import { openDatabase, type Db } from '../services/db/database';
import { accessEventTypes } from '../../shared/domain/accessEvent';
import { openAccessLog } from '../services/accesslog/openAccessLog';
import { startIntegrityCheck } from '../services/accesslog/integrity';
import { openHeadAnchor } from '../services/accesslog/headAnchor';
import { fullEvent } from '../services/accesslog/syntheticEvents';
import { log as logCommand } from '../cli/commands/log';
import { CliError } from '../cli/command';

/**
 * The tamper table of docs/accesslog.md, each case detected by `log verify` and by the start-up
 * check (the same two calls the app makes: startIntegrityCheck with the head anchor), with a
 * message that says what was found. Before the head anchor, the last four said "intact".
 */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const TRIGGERS = [
  'access_log_no_update',
  'access_log_no_delete',
  'access_log_head_no_delete',
  'access_log_head_forward',
];

function open(dir: string) {
  const db = openDatabase({ file: databaseFile(dir, 'demo') });
  const log = openAccessLog({ db, dataDir: dir, mode: 'demo', version: 'test' });
  return { db, log };
}

/** What the app does at start: the chain walk, held against the anchor. */
async function startUpCheck(dir: string) {
  const { db, log } = open(dir);
  try {
    const key = log.key;
    if (!key) throw new Error('no chain key');
    const anchor = openHeadAnchor({ db, chainKey: key, dataDir: dir, mode: 'demo' });
    return await startIntegrityCheck(db, key, undefined, undefined, anchor).done;
  } finally {
    db.close();
  }
}

function cliVerify(dir: string): { ok: true } | { ok: false; message: string } {
  const previous = process.env.SCHAKEL_DATA_DIR;
  process.env.SCHAKEL_DATA_DIR = dir;
  try {
    logCommand.run(['verify']);
    return { ok: true };
  } catch (error) {
    if (error instanceof CliError) return { ok: false, message: error.message };
    throw error;
  } finally {
    process.env.SCHAKEL_DATA_DIR = previous;
  }
}

const append = (dir: string, from: number, count: number) => {
  const { db, log } = open(dir);
  for (let i = from; i < from + count; i++)
    log.append(fullEvent(accessEventTypes[i % accessEventTypes.length] ?? 'sign-in', i));
  db.close();
};

/**
 * Ten entries, verified at eight (a start) and at ten (a later start); an older copy of the
 * database and the head row at eight are kept for the rollback cases.
 */
async function prepared() {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-tamper-'));
  dirs.push(dir);
  const file = databaseFile(dir, 'demo');
  append(dir, 0, 8);
  expect((await startUpCheck(dir)).status).toBe('intact');
  const { db } = open(dir);
  const oldHead = db.prepare(`SELECT last_id, hash, mac FROM access_log_head`).get() as {
    last_id: number;
    hash: string;
    mac: string;
  };
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  copyFileSync(file, join(dir, 'older.sqlite'));
  append(dir, 8, 2);
  expect((await startUpCheck(dir)).status).toBe('intact');
  return { dir, file, oldHead };
}

function raw(dir: string, change: (db: Db) => void) {
  const db = openDatabase({ file: databaseFile(dir, 'demo') });
  for (const t of TRIGGERS) db.exec(`DROP TRIGGER IF EXISTS ${t}`);
  change(db);
  db.close();
}

const removeDatabase = (file: string) => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
};

type Prepared = Awaited<ReturnType<typeof prepared>>;
const table: [string, (p: Prepared) => void, RegExp][] = [
  [
    'edit an entry',
    (p) =>
      raw(p.dir, (db) => db.exec(`UPDATE access_log SET patient_bsn = '999999999' WHERE id = 3`)),
    /entry 3 does not match its hash/,
  ],
  [
    'delete an entry in the middle',
    (p) => raw(p.dir, (db) => db.exec(`DELETE FROM access_log WHERE id = 5`)),
    /entry 5 is missing/,
  ],
  [
    'delete the first entry',
    (p) => raw(p.dir, (db) => db.exec(`DELETE FROM access_log WHERE id = 1`)),
    /entry 1 is missing/,
  ],
  [
    'swap two entries',
    (p) =>
      raw(p.dir, (db) =>
        db.exec(`UPDATE access_log SET id = -3 WHERE id = 3;
                 UPDATE access_log SET id = 3 WHERE id = 4;
                 UPDATE access_log SET id = 4 WHERE id = -3;`),
      ),
    /entry 3 does not match its hash/,
  ],
  [
    'truncate the end',
    (p) => raw(p.dir, (db) => db.exec(`DELETE FROM access_log WHERE id > 8`)),
    /entries 9–10 are missing \(deleted from the end\)/,
  ],
  [
    'truncate the end and put the older head back',
    (p) =>
      raw(p.dir, (db) => {
        db.exec(`DELETE FROM access_log WHERE id > 8`);
        db.prepare(`UPDATE access_log_head SET last_id = ?, hash = ?, mac = ?`).run(
          p.oldHead.last_id,
          p.oldHead.hash,
          p.oldHead.mac,
        );
      }),
    /log ends at entry 8, but 10 entries were verified/,
  ],
  [
    'wipe all rows and the head',
    (p) => raw(p.dir, (db) => db.exec(`DELETE FROM access_log; DELETE FROM access_log_head;`)),
    /log is empty, but 10 entries were verified/,
  ],
  ['delete the database file', (p) => removeDatabase(p.file), /log is empty, but 10 entries/],
  [
    'replace the database with an older copy',
    (p) => {
      removeDatabase(p.file);
      copyFileSync(join(p.dir, 'older.sqlite'), p.file);
    },
    /log ends at entry 8, but 10 entries were verified .*older copy/,
  ],
];

describe('the tamper table', () => {
  it.each(table)('%s: found by log verify and at start-up', async (_, tamper, found) => {
    const p = await prepared();
    expect(cliVerify(p.dir)).toEqual({ ok: true });
    tamper(p);
    const cli = cliVerify(p.dir);
    expect(cli.ok).toBe(false);
    expect(cli.ok ? '' : cli.message).toMatch(found);
    const start = await startUpCheck(p.dir);
    expect(start.status).toBe('broken');
    expect(start.reason).toMatch(found);
    // Still broken on the next start: a failed check never moves the anchor.
    expect((await startUpCheck(p.dir)).status).toBe('broken');
  });

  it('a deleted anchor file is reported, and an altered one', async () => {
    const p = await prepared();
    const anchorFile = join(p.dir, 'keys', 'accesslog-demo.head');
    copyFileSync(anchorFile, `${anchorFile}.saved`);
    rmSync(anchorFile);
    expect((await startUpCheck(p.dir)).reason).toMatch(/head anchor file is missing/);
    const text = readFileSync(`${anchorFile}.saved`, 'utf8');
    writeFileSync(anchorFile, text.replace('"lastId":10', '"lastId":8'));
    const cli = cliVerify(p.dir);
    expect(cli.ok ? '' : cli.message).toMatch(/head anchor does not verify/);
  });

  it('an empty new log is intact, and the anchor follows appends', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schakel-tamper-'));
    dirs.push(dir);
    expect((await startUpCheck(dir)).status).toBe('intact');
    append(dir, 0, 3);
    expect((await startUpCheck(dir)).status).toBe('intact');
    expect(cliVerify(dir)).toEqual({ ok: true });
  });
});
