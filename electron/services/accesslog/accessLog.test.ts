import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { openDatabase } from '../db/database';
import { join } from 'node:path';
import { accessEventTypes, defaultActionOf } from '../../../shared/domain/accessEvent';
import { ServiceError } from '../../../shared/api/result';
import { canonicalSql, columnList, columns, recordOf, type RowValues } from './columns';
import { CANONICAL_VERSION, canonicalOf } from './chain';
import { verifyChain } from './verify';
import { fullEvent, keyOf, present, tempLog, type TempLog } from './testSupport';
import { fileKeyStore } from './keyFile';
import { loggedAccess } from './loggedAccess';
import { createAccessLog } from './accessLog';
import { databaseText } from './databaseText';

let t: TempLog;
afterEach(() => t?.dispose());

const rowsOf = (t: TempLog) =>
  (t.db.prepare(`SELECT ${columnList} FROM access_log ORDER BY id`).raw().all() as RowValues[]).map(
    recordOf,
  );

describe('append', () => {
  it('writes every event type with every field', () => {
    const now = new Date('2026-03-01T02:15:00.123Z');
    t = tempLog({ clock: () => now });
    accessEventTypes.forEach((type, i) =>
      t.log.append(fullEvent(type, i + 1, { reasonCode: 'SOURCE_UNAVAILABLE' })),
    );
    const rows = rowsOf(t);
    expect(rows).toHaveLength(accessEventTypes.length);
    rows.forEach((row, i) => {
      const type = present(accessEventTypes[i]);
      const { action: _ignored, ...input } = fullEvent(type, i + 1, {
        reasonCode: 'SOURCE_UNAVAILABLE',
      });
      expect(row).toEqual({
        ...input,
        id: i + 1,
        action: defaultActionOf[type],
        time: '2026-03-01T02:15:00.123Z',
        tzOffset: expect.stringMatching(/^[+-]\d\d:\d\d$/),
        workstation: 'HAP-WS-07',
        installationId: '7f1c2a9e-0000-4000-8000-000000000001',
        systemId: 'schakel',
        systemVersion: '0.1.0-test',
      });
      // No column is left empty by a full event.
      for (const value of Object.values(row)) expect(value).not.toBeNull();
    });
    expect(verifyChain(t.db, keyOf(t))).toMatchObject({ intact: true, entries: rows.length });
  });

  it('keeps an explicit action code', () => {
    t = tempLog();
    t.log.append(fullEvent('print', 1, { action: 'E' }));
    expect(rowsOf(t)[0]?.action).toBe('E');
  });

  it('refuses free text where a code belongs, so clinical content has nowhere to go', () => {
    t = tempLog();
    const attempts = [
      fullEvent('summary-query', 1, { reasonCode: 'pneumonie links onderkwab' }),
      fullEvent('summary-query', 1, { correlationId: 'contains spaces and text' }),
      fullEvent('summary-query', 1, { patientBsn: 'Jansen' }),
      { ...fullEvent('summary-query', 1), diagnosis: 'astma' },
    ];
    for (const event of attempts) {
      expect(() => t.log.append(event)).toThrow(ServiceError);
    }
    expect(rowsOf(t)).toHaveLength(0);
    expect(databaseText(t.db, t.file)).not.toMatch(/pneumonie|astma/);
  });

  it('writes a batch in one transaction: all or none', () => {
    t = tempLog();
    const ids = t.log.appendMany([fullEvent('summary-query', 1), fullEvent('ica-query', 2)]);
    expect(ids).toEqual([1, 2]);
    expect(() =>
      t.log.appendMany([
        fullEvent('summary-query', 3),
        fullEvent('ica-query', 4, { patientBsn: 'x' }),
      ]),
    ).toThrow(ServiceError);
    expect(rowsOf(t)).toHaveLength(2);
    expect(verifyChain(t.db, keyOf(t)).intact).toBe(true);
  });

  it('throws ACCESS_LOG_UNAVAILABLE when it cannot write, and the data is not returned', async () => {
    t = tempLog();
    const log = t.log;
    t.db.close();
    let caught: unknown;
    let shown = false;
    try {
      await loggedAccess(
        log,
        fullEvent('summary-query', 1),
        () => ({ episodes: 3 }),
        () => ({ outcome: 'success' }),
      );
      shown = true;
    } catch (error) {
      caught = error;
    }
    expect(shown).toBe(false);
    expect(caught).toBeInstanceOf(ServiceError);
    expect((caught as ServiceError).code).toBe('ACCESS_LOG_UNAVAILABLE');
  });
});

describe('loggedAccess', () => {
  it('logs a failed query as failed, with the error code, and rethrows', async () => {
    t = tempLog();
    await expect(
      loggedAccess(
        t.log,
        fullEvent('medication-query', 1),
        () => {
          throw new ServiceError('SWITCHPOINT_TIMEOUT', 'timeout');
        },
        () => ({ outcome: 'success' }),
      ),
    ).rejects.toThrow('timeout');
    expect(rowsOf(t)[0]).toMatchObject({
      outcome: 'error',
      reasonCode: 'SWITCHPOINT_TIMEOUT',
      sources: [],
    });
  });

  it('logs the outcome per source before returning', async () => {
    t = tempLog();
    const value = await loggedAccess(
      t.log,
      fullEvent('medication-query', 1),
      () => 'data',
      () => ({
        outcome: 'partial',
        reasonCode: 'SOURCE_UNAVAILABLE',
        sources: [{ ura: '90000333', status: 'timeout', count: 0 }],
      }),
    );
    expect(value).toBe('data');
    expect(rowsOf(t)[0]).toMatchObject({
      outcome: 'partial',
      sources: [{ ura: '90000333', status: 'timeout', count: 0 }],
    });
  });

  it('leaves a durable entry when the process dies between query and display', () => {
    t = tempLog();
    t.db.close();
    const keyFile = join(t.dir, 'chain.key');
    const script = join(t.dir, 'crash.mts');
    const here = new URL('.', import.meta.url).pathname;
    writeFileSync(
      script,
      `import { openDatabase } from ${JSON.stringify(join(here, '../db/database.ts'))};
       import { createAccessLog } from ${JSON.stringify(join(here, 'accessLog.ts'))};
       import { fileKeyStore } from ${JSON.stringify(join(here, 'keyFile.ts'))};
       import { loggedAccess } from ${JSON.stringify(join(here, 'loggedAccess.ts'))};
       import { fullEvent } from ${JSON.stringify(join(here, 'testSupport.ts'))};
       const db = openDatabase({ file: ${JSON.stringify(t.file)} });
       const log = createAccessLog({ db, keys: fileKeyStore(${JSON.stringify(keyFile)}),
         accessPoint: { workstation: 'w', installationId: 'i' }, system: { id: 'schakel', version: '0' } });
       await loggedAccess(log, fullEvent('summary-query', 42), () => 'data', () => ({ outcome: 'success' }));
       process.kill(process.pid, 'SIGKILL'); // dies before the data reaches any screen
      `,
    );
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    t.db = openDatabase({ file: t.file });
    const db = t.db;
    const rows = rowsOf(t);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      eventType: 'summary-query',
      correlationId: 'corr-42',
      outcome: 'success',
    });
    expect(verifyChain(db, present(fileKeyStore(keyFile).load())).intact).toBe(true);
  });
});

describe('append-only and tamper-evident', () => {
  const filled = (count = 5) => {
    t = tempLog();
    for (let i = 1; i <= count; i += 1) t.log.append(fullEvent('summary-query', i));
    return t;
  };

  it('refuses UPDATE and DELETE on the log, its head and its checkpoints', () => {
    filled();
    for (const sql of [
      `UPDATE access_log SET outcome = 'success' WHERE id = 2`,
      `DELETE FROM access_log WHERE id = 5`,
      `DELETE FROM access_log`,
      `UPDATE access_log_head SET last_id = 4`,
      `DELETE FROM access_log_head`,
    ])
      expect(() => t.db.prepare(sql).run(), sql).toThrow(/append-only/);
    expect(rowsOf(t)).toHaveLength(5);
  });

  it('notices a changed byte in any column of any entry, and names that entry', () => {
    filled();
    const key = keyOf(t);
    expect(verifyChain(t.db, key).intact).toBe(true);
    for (let id = 1; id <= 5; id += 1) {
      for (const column of [...columns, 'hash']) {
        t.db.exec('SAVEPOINT tamper; DROP TRIGGER access_log_no_update;');
        const current = t.db
          .prepare(`SELECT "${column}" FROM access_log WHERE id = ?`)
          .pluck()
          .get(id);
        const changed =
          typeof current === 'number'
            ? column === 'id'
              ? 1000 + id
              : current + 1
            : current === null
              ? '0'
              : `${String(current).slice(0, -1)}${String(current).endsWith('0') ? '1' : '0'}`;
        t.db.prepare(`UPDATE access_log SET "${column}" = ? WHERE id = ?`).run(changed, id);
        const result = verifyChain(t.db, key);
        t.db.exec('ROLLBACK TO tamper; RELEASE tamper;');
        expect(result.intact, `${column} of entry ${id}`).toBe(false);
        expect(result.firstBrokenId, `${column} of entry ${id}`).toBe(id);
      }
    }
    expect(verifyChain(t.db, key).intact).toBe(true);
  });

  it('notices that the last entry was deleted', () => {
    filled();
    t.db.exec('DROP TRIGGER access_log_no_delete; DELETE FROM access_log WHERE id = 5;');
    expect(verifyChain(t.db, keyOf(t))).toMatchObject({ intact: false, firstBrokenId: 5 });
  });

  it('notices a head moved back to the previous entry', () => {
    filled();
    const [hash4] = t.db.prepare(`SELECT hash FROM access_log WHERE id = 4`).raw().get() as [
      string,
    ];
    t.db.exec('DROP TRIGGER access_log_no_delete; DROP TRIGGER access_log_head_forward;');
    t.db.prepare(`DELETE FROM access_log WHERE id = 5`).run();
    t.db.prepare(`UPDATE access_log_head SET last_id = 4, hash = ?`).run(hash4);
    expect(verifyChain(t.db, keyOf(t))).toMatchObject({ intact: false, firstBrokenId: 4 });
  });

  it('notices an entry deleted from the middle', () => {
    filled();
    t.db.exec('DROP TRIGGER access_log_no_delete; DELETE FROM access_log WHERE id = 3;');
    expect(verifyChain(t.db, keyOf(t))).toMatchObject({ intact: false, firstBrokenId: 3 });
  });

  it('does not verify with another key', () => {
    filled(2);
    expect(verifyChain(t.db, Buffer.alloc(32, 7))).toMatchObject({
      intact: false,
      firstBrokenId: 1,
    });
  });
});

describe('key', () => {
  it('is created once in a 0600 file, and a lost key stops appends rather than restarting the chain', () => {
    t = tempLog();
    const keyFile = join(t.dir, 'keys', 'accesslog-demo.key');
    const make = () =>
      createAccessLog({
        db: t.db,
        keys: fileKeyStore(keyFile),
        accessPoint: { workstation: 'w', installationId: 'i' },
        system: { id: 'schakel', version: '0' },
      });
    make().append(fullEvent('sign-in', 1));
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const again = make();
    again.append(fullEvent('sign-out', 2));
    expect(verifyChain(t.db, present(again.key)).intact).toBe(true);

    rmSync(keyFile);
    const lost = make();
    expect(lost.key).toBeNull();
    expect(() => lost.append(fullEvent('sign-in', 3))).toThrow(/key is missing/);
    expect(rowsOf(t)).toHaveLength(2);
  });
});

describe('canonical form', () => {
  it('is the same text whether JavaScript or SQLite writes it, for every admitted name', () => {
    t = tempLog();
    const names = [
      'dr. "Quote" \\ Backslash / slash',
      'Çelik, Ş. — Ünal',
      'Zoë 🩺 emoji 𝄞',
      "O'Brien  ",
      '\u2028line\u2029separators',
      '',
    ];
    names.forEach((name, i) =>
      t.log.append(fullEvent('sign-in', i, { actorName: name, organisationName: name })),
    );
    const pairs = t.db
      .prepare(`SELECT ${canonicalSql(CANONICAL_VERSION)} FROM access_log ORDER BY id`)
      .pluck()
      .all() as string[];
    const js = (
      t.db.prepare(`SELECT ${columnList} FROM access_log ORDER BY id`).raw().all() as RowValues[]
    ).map(canonicalOf);
    expect(pairs).toEqual(js);
    expect(verifyChain(t.db, keyOf(t)).intact).toBe(true);
  });

  it('refuses control characters and lone surrogates in names', () => {
    t = tempLog();
    for (const name of ['a\u0001b', 'a\nb', 'x\uD800y'])
      expect(() => t.log.append(fullEvent('sign-in', 1, { actorName: name }))).toThrow(
        ServiceError,
      );
  });
});
