/**
 * The locum-report outbox (a migration imports this). Content is sealed (sealedContent.ts) and
 * set to NULL once the own GP's system accepted the report; with secure_delete on, SQLite
 * overwrites the freed bytes. Metadata and history stay: identifiers and states only.
 */
export const outboxMigrationSql = `
  CREATE TABLE locum_outbox (
    report_id        TEXT PRIMARY KEY,
    message_id       TEXT NOT NULL UNIQUE,
    patient_bsn      TEXT NOT NULL,
    addressee_ura    TEXT NOT NULL,
    addressee_name   TEXT NOT NULL,
    author_uzi       TEXT NOT NULL,
    sender_ura       TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('waiting','sending','delivered','rejected','undelivered')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT,
    last_code        TEXT,
    last_reason      TEXT,
    delivered_at     TEXT,
    content          BLOB
  ) STRICT;
  CREATE INDEX locum_outbox_due ON locum_outbox (state, next_attempt_at);
  CREATE TABLE locum_outbox_history (
    id         INTEGER PRIMARY KEY,
    report_id  TEXT NOT NULL REFERENCES locum_outbox (report_id),
    time       TEXT NOT NULL,
    event      TEXT NOT NULL,
    code       TEXT,
    reason     TEXT
  ) STRICT;
  CREATE INDEX locum_outbox_history_report ON locum_outbox_history (report_id, id);
`;
