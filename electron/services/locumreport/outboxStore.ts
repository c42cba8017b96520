import type { Db } from '../db/database';

export type OutboxState = 'waiting' | 'sending' | 'delivered' | 'rejected' | 'undelivered';

export interface OutboxRow {
  report_id: string;
  message_id: string;
  patient_bsn: string;
  addressee_ura: string;
  addressee_name: string;
  author_uzi: string;
  sender_ura: string;
  created_at: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string | null;
  last_code: string | null;
  last_reason: string | null;
  delivered_at: string | null;
  content: Buffer | null;
}

export interface HistoryRow {
  time: string;
  event: string;
  code: string | null;
  reason: string | null;
}

/** The outbox's SQL, prepared once. Every state change writes a history row in the same transaction. */
export function createOutboxStore(db: Db) {
  db.pragma('secure_delete = ON');
  const insert = db.prepare(
    `INSERT INTO locum_outbox (report_id, message_id, patient_bsn, addressee_ura, addressee_name, author_uzi, sender_ura, created_at, state, next_attempt_at, content)
     VALUES (@report_id, @message_id, @patient_bsn, @addressee_ura, @addressee_name, @author_uzi, @sender_ura, @created_at, 'waiting', @created_at, @content)`,
  );
  const byId = db.prepare(`SELECT * FROM locum_outbox WHERE report_id = ?`);
  const due = db.prepare(
    `SELECT * FROM locum_outbox WHERE (state = 'waiting' AND next_attempt_at <= ?) OR state = 'sending' ORDER BY created_at, rowid`,
  );
  const all = db.prepare(
    `SELECT report_id, message_id, patient_bsn, addressee_ura, addressee_name, author_uzi, sender_ura, created_at, state, attempts,
            next_attempt_at, last_code, last_reason, delivered_at, NULL AS content
     FROM locum_outbox ORDER BY created_at DESC LIMIT ?`,
  );
  const counts = db.prepare(`SELECT state, COUNT(*) AS n FROM locum_outbox GROUP BY state`);
  const setState = db.prepare(
    `UPDATE locum_outbox SET state = @state, attempts = @attempts, next_attempt_at = @next_attempt_at,
       last_code = @last_code, last_reason = @last_reason WHERE report_id = @report_id`,
  );
  const deliver = db.prepare(
    `UPDATE locum_outbox SET state = 'delivered', delivered_at = @time, next_attempt_at = NULL, last_code = @code,
       last_reason = NULL, content = NULL WHERE report_id = @report_id`,
  );
  const historyInsert = db.prepare(
    `INSERT INTO locum_outbox_history (report_id, time, event, code, reason) VALUES (?, ?, ?, ?, ?)`,
  );
  const historyOf = db.prepare(
    `SELECT time, event, code, reason FROM locum_outbox_history WHERE report_id = ? ORDER BY id`,
  );

  const wipeHistory = db.prepare(`DELETE FROM locum_outbox_history`);
  const wipe = db.prepare(`DELETE FROM locum_outbox`);

  const note = (
    reportId: string,
    time: string,
    event: string,
    code: string | null = null,
    reason: string | null = null,
  ) => historyInsert.run(reportId, time, event, code, reason);

  return {
    insert: db.transaction(
      (
        row: Omit<
          OutboxRow,
          'state' | 'attempts' | 'next_attempt_at' | 'last_code' | 'last_reason' | 'delivered_at'
        >,
      ) => {
        insert.run(row);
        note(row.report_id, row.created_at, 'stored');
      },
    ),
    get: (reportId: string) => byId.get(reportId) as OutboxRow | undefined,
    due: (now: string) => due.all(now) as OutboxRow[],
    list: (limit: number) => all.all(limit) as OutboxRow[],
    counts: () =>
      Object.fromEntries(
        (counts.all() as { state: OutboxState; n: number }[]).map((r) => [r.state, r.n]),
      ) as Partial<Record<OutboxState, number>>,
    history: (reportId: string) => historyOf.all(reportId) as HistoryRow[],
    update: db.transaction(
      (
        change: {
          report_id: string;
          state: OutboxState;
          attempts: number;
          next_attempt_at: string | null;
          last_code: string | null;
          last_reason: string | null;
        },
        event: { time: string; event: string },
      ) => {
        setState.run(change);
        note(change.report_id, event.time, event.event, change.last_code, change.last_reason);
      },
    ),
    delivered: db.transaction((reportId: string, time: string, code: string) => {
      deliver.run({ report_id: reportId, time, code });
      note(reportId, time, 'delivered', code);
    }),
    note,
    /** Every report and its history (the trainer's reset, demo mode only). */
    deleteAll: db.transaction(() => {
      wipeHistory.run();
      return wipe.run().changes;
    }),
  };
}
export type OutboxStore = ReturnType<typeof createOutboxStore>;
