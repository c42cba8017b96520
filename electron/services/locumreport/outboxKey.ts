import { join } from 'node:path';
import type { Db } from '../db/database';
import type { Mode } from '../../config/dataDir';
import type { ChainKeyStore } from '../accesslog/keyFile';

/** Where the outbox key of a mode lives in the data directory (the app and the CLI alike). */
export const outboxKeyFile = (dataDir: string, mode: Mode) =>
  join(dataDir, 'keys', `outbox-${mode}.key`);

/** Reason code and history text of a report whose content was given up with its lost key. */
export const KEY_LOST = 'KEY_LOST';

export const keyMissingMessage = (count: number) =>
  `The outbox key is missing while ${count} sealed locum report(s) wait: they cannot be sent or printed, and no new key was made. ` +
  'Restore the key file from a backup, or follow the recovery in docs/locum-report.md (export the list, call the own GPs, then mark them unrecoverable).';

export type OutboxKeyState =
  | { kind: 'ready'; key: Buffer; created: boolean }
  /** The key is gone while sealed content exists: the outbox must not start. */
  | { kind: 'missing'; sealed: number; location: string };

/** Reports whose content is still sealed (not delivered, not given up). */
export const sealedCount = (db: Db): number =>
  db.prepare(`SELECT COUNT(*) FROM locum_outbox WHERE content IS NOT NULL`).pluck().get() as number;

/**
 * The outbox key, or why there is none. A new key is made only when no sealed report exists:
 * a new key beside sealed rows would leave them unreadable without anyone noticing.
 */
export function resolveOutboxKey(db: Db, keys: ChainKeyStore): OutboxKeyState {
  const key = keys.load();
  if (key) return { kind: 'ready', key, created: false };
  const sealed = sealedCount(db);
  if (sealed > 0) return { kind: 'missing', sealed, location: keys.location };
  return { kind: 'ready', key: keys.create(), created: true };
}

/** One sealed report as the administrator needs it to phone the own GP: identifiers only. */
export interface SealedReportListing {
  reportId: string;
  messageId: string;
  createdAt: string;
  state: string;
  patientBsn: string;
  addresseeUra: string;
  addresseeName: string;
  authorUzi: string;
  senderUra: string;
}

export function listSealed(db: Db): SealedReportListing[] {
  return db
    .prepare(
      `SELECT report_id AS reportId, message_id AS messageId, created_at AS createdAt, state,
              patient_bsn AS patientBsn, addressee_ura AS addresseeUra, addressee_name AS addresseeName,
              author_uzi AS authorUzi, sender_ura AS senderUra
       FROM locum_outbox WHERE content IS NOT NULL ORDER BY created_at`,
    )
    .all() as SealedReportListing[];
}

/** The listing as CSV (for a spreadsheet beside the phone). */
export function sealedCsv(rows: SealedReportListing[]): string {
  const header = [
    'reportId',
    'messageId',
    'createdAt',
    'state',
    'patientBsn',
    'addresseeUra',
    'addresseeName',
    'authorUzi',
    'senderUra',
  ] as const;
  const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return (
    [header.join(','), ...rows.map((r) => header.map((h) => cell(String(r[h]))).join(','))].join(
      '\n',
    ) + '\n'
  );
}

/**
 * The administrator's explicit act after the key is lost for good: each sealed report's content is
 * deleted, it is marked undelivered with reason KEY_LOST and a history row, and `log` is told of
 * each (the access log). Refused while the key still opens: then nothing is lost.
 */
export function markUnrecoverable(
  db: Db,
  keys: ChainKeyStore,
  options: { at: Date; by: string; log: (row: SealedReportListing) => void },
): SealedReportListing[] {
  if (keys.load())
    throw new Error('The outbox key is present: the sealed reports can still be sent or printed.');
  const rows = listSealed(db);
  const time = options.at.toISOString();
  const clear = db.prepare(
    `UPDATE locum_outbox SET state = 'undelivered', next_attempt_at = NULL, last_code = '${KEY_LOST}',
       last_reason = 'the outbox key was lost', content = NULL WHERE report_id = ?`,
  );
  const note = db.prepare(
    `INSERT INTO locum_outbox_history (report_id, time, event, code, reason) VALUES (?, ?, ?, '${KEY_LOST}', ?)`,
  );
  db.transaction(() => {
    for (const row of rows) {
      clear.run(row.reportId);
      note.run(row.reportId, time, 'marked unrecoverable by the administrator', options.by);
    }
  }).immediate();
  for (const row of rows) options.log(row);
  return rows;
}
