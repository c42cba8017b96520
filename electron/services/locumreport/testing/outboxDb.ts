import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outboxMigrationSql } from '../outboxSchema';
import type { NewReport } from '../outbox';

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

/** A queued report to the GP practice `ura` whose xml carries only its id (the test's send reads it). */
export const queuedReport = (id: string, ura: string): NewReport => ({
  reportId: id,
  messageId: `2.16.840.1.113883.2.4.6.6.90000111.1^${id}`,
  xml: `<REPC_IN990003NL>${id}</REPC_IN990003NL>`,
  report: {
    patient: { bsn: '999911120', family: 'J', given: 'P', birthDate: null, gender: 'M' },
    addressee: { ura, name: ura, applicationId: null },
    contact: { type: { code: '03', codeSystem: null, display: null }, start: 'x', end: 'y' },
    locum: { uzi: '900010001', agb: null, name: 'dr. A', role: '01.015' },
    hap: { ura: '90000111', name: 'HAP' },
    lines: [],
    icpc: [],
    episodeProposal: null,
    medication: [],
    handOverNote: null,
    followUp: null,
  },
  bsn: '999911120',
  addressee: { ura, name: ura },
  authorUzi: '900010001',
  senderUra: '90000111',
});
