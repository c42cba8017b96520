/**
 * Migration 003: the forwarding cursor (docs/accesslog.md §Forwarding). One row: the last entry
 * the transport settled (sent and not followed by a connection loss within the settle time), and
 * the last checkpoint sent with it. The access log itself never changes.
 */
export const forwardCursorMigrationSql = `
  CREATE TABLE access_log_forward (
    one                 INTEGER PRIMARY KEY CHECK (one = 1),
    acked_id            INTEGER NOT NULL CHECK (acked_id >= 0),
    acked_at            TEXT,
    checkpoint_head_id  INTEGER NOT NULL DEFAULT 0,
    checkpoint_at       TEXT
  ) STRICT;
`;
