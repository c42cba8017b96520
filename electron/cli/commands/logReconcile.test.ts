import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFile } from '../../config/dataDir';
import { openDatabase } from '../../services/db/database';
import { columnList, recordOf, type RowValues } from '../../services/accesslog/columns';
import { GENESIS } from '../../services/accesslog/chain';
import { entryMessage } from '../../services/accesslog/forwarding/syslogFormat';
import { CliError } from '../command';
import { log } from './log';

/** `log reconcile` on a central file (the collector's format; the rsyslog tests make real ones). */
let dir: string;
const previous = process.env.SCHAKEL_DATA_DIR;
let lines: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'schakel-cli-'));
  process.env.SCHAKEL_DATA_DIR = dir;
  await log.run(['fill', '--count', '20', '--demo']);
  const db = openDatabase({ file: databaseFile(dir, 'demo') });
  const rows = db
    .prepare(`SELECT ${columnList}, hash FROM access_log ORDER BY id`)
    .raw()
    .all() as RowValues[];
  db.close();
  let prev = GENESIS;
  lines = rows.map((row) => {
    const hash = row[row.length - 1] as string;
    const line = entryMessage(recordOf(row), hash, prev);
    prev = hash;
    return line;
  });
});
afterAll(() => {
  if (previous === undefined) delete process.env.SCHAKEL_DATA_DIR;
  else process.env.SCHAKEL_DATA_DIR = previous;
  rmSync(dir, { recursive: true, force: true });
});

const central = (content: string[]) => {
  const file = join(dir, `central-${Math.random()}.log`);
  writeFileSync(file, `${content.join('\n')}\n`);
  return file;
};

describe('cli: log reconcile', () => {
  it('reports a complete central copy as consistent', async () => {
    expect(await log.run(['reconcile', central(lines), '--demo'])).toMatchObject({
      consistent: true,
      local: { headId: 20 },
      central: { entries: 20 },
      missing: [],
    });
  });

  it('names what is missing, reordered and changed, and exits 1', async () => {
    const damaged = [...lines];
    damaged.splice(4, 3); // 5–7 never arrived
    [damaged[10], damaged[11]] = [damaged[11] as string, damaged[10] as string];
    damaged[0] = (damaged[0] as string).replace(/hash="[0-9a-f]{4}/, 'hash="ffff');
    try {
      await log.run(['reconcile', central(damaged), '--demo']);
      expect.unreachable('reconcile accepted a damaged copy');
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).detail).toMatchObject({
        consistent: false,
        missing: ['5–7'],
        reordered: ['14'],
        hashMismatch: ['1'],
      });
    }
  });

  it('log forwarding shows the cursor and whether forwarding is configured', () => {
    expect(log.run(['forwarding', '--demo'])).toMatchObject({
      mode: 'demo',
      head: 20,
      cursor: null,
      configured: false,
    });
  });

  it('asks for the file', () => {
    expect(() => log.run(['reconcile', '--demo'])).toThrow(/central export/);
  });
});
