/**
 * The schema as an ordered list. Never edit a migration that has shipped: add the next one.
 * `user_version` holds how many have been applied.
 */
import { outboxMigrationSql } from '../locumreport/outboxSchema';
import { forwardCursorMigrationSql } from '../accesslog/forwarding/cursorSchema';

export interface Migration {
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    // The NEN 7513 access log (docs/accesslog.md). The column order is the canonical order the
    // hash chain is computed over (electron/services/accesslog/columns.ts): change both together.
    name: '001-access-log',
    sql: `
      CREATE TABLE access_log (
        id                INTEGER PRIMARY KEY,
        time              TEXT    NOT NULL,
        tz_offset         TEXT    NOT NULL,
        event_type        TEXT    NOT NULL,
        action            TEXT    NOT NULL,
        patient_bsn       TEXT,
        actor_uzi         TEXT,
        actor_name        TEXT,
        actor_role        TEXT,
        responsible_uzi   TEXT,
        responsible_name  TEXT,
        responsible_role  TEXT,
        organisation_ura  TEXT,
        organisation_name TEXT,
        setting           TEXT,
        workstation       TEXT    NOT NULL,
        installation_id   TEXT    NOT NULL,
        system_id         TEXT    NOT NULL,
        system_version    TEXT    NOT NULL,
        data_category     TEXT,
        legal_basis       TEXT,
        consent_basis     TEXT,
        consent_asked_by  TEXT,
        emergency         INTEGER NOT NULL,
        outcome           TEXT    NOT NULL,
        reason_code       TEXT,
        sources           TEXT    NOT NULL,
        correlation_id    TEXT,
        message_id        TEXT,
        demo              INTEGER NOT NULL,
        hash              TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX access_log_time ON access_log (time, id);
      CREATE INDEX access_log_patient ON access_log (patient_bsn, time, id);
      CREATE INDEX access_log_actor ON access_log (actor_uzi, time, id);
      CREATE INDEX access_log_event ON access_log (event_type, time, id);
      -- The privacy officer's queue: verbal consent, unable to express will, refusals, emergencies.
      CREATE INDEX access_log_for_review ON access_log (time, id)
        WHERE consent_basis IN ('verbal-yes', 'verbal-no', 'unable-to-express-will')
           OR outcome = 'refused' OR emergency = 1;

      -- The chain's head, outside the rows: deleting the last entry leaves it pointing past the end.
      CREATE TABLE access_log_head (
        one      INTEGER PRIMARY KEY CHECK (one = 1),
        last_id  INTEGER NOT NULL,
        hash     TEXT    NOT NULL,
        mac      TEXT    NOT NULL
      ) STRICT;

      -- Retention: each archive run leaves a checkpoint that authorises deleting ids up to to_id
      -- and anchors the chain of what remains (prev hash of entry to_id + 1).
      CREATE TABLE access_log_checkpoint (
        id            INTEGER PRIMARY KEY,
        created_at    TEXT    NOT NULL,
        from_id       INTEGER NOT NULL,
        to_id         INTEGER NOT NULL,
        anchor_hash   TEXT    NOT NULL,
        archive_file  TEXT    NOT NULL,
        archive_sha256 TEXT   NOT NULL,
        mac           TEXT    NOT NULL,
        CHECK (to_id >= from_id)
      ) STRICT;

      CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
        BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
      CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
        WHEN OLD.id > (SELECT coalesce(max(to_id), 0) FROM access_log_checkpoint)
        BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
      CREATE TRIGGER access_log_head_no_delete BEFORE DELETE ON access_log_head
        BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
      CREATE TRIGGER access_log_head_forward BEFORE UPDATE ON access_log_head
        WHEN NEW.last_id < OLD.last_id
        BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
      CREATE TRIGGER access_log_checkpoint_no_update BEFORE UPDATE ON access_log_checkpoint
        BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
      CREATE TRIGGER access_log_checkpoint_no_delete BEFORE DELETE ON access_log_checkpoint
        BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
      CREATE TRIGGER access_log_checkpoint_in_order BEFORE INSERT ON access_log_checkpoint
        WHEN NEW.from_id <> (SELECT coalesce(max(to_id), 0) FROM access_log_checkpoint) + 1
        BEGIN SELECT RAISE(ABORT, 'checkpoints follow each other without gaps'); END;

      -- The review of an entry lives beside the log: the log itself never changes.
      CREATE TABLE access_review (
        entry_id    INTEGER PRIMARY KEY,
        status      TEXT    NOT NULL CHECK (status IN ('new', 'investigating', 'closed')),
        updated_at  TEXT    NOT NULL,
        updated_by  TEXT    NOT NULL
      ) STRICT;
      CREATE TABLE access_review_note (
        id          INTEGER PRIMARY KEY,
        entry_id    INTEGER NOT NULL,
        time        TEXT    NOT NULL,
        author_uzi  TEXT    NOT NULL,
        author_name TEXT    NOT NULL,
        status      TEXT    NOT NULL,
        note        TEXT    NOT NULL
      ) STRICT;
      CREATE INDEX access_review_note_entry ON access_review_note (entry_id, id);
    `,
  },
  {
    // The locum-report outbox: sealed content until acknowledged, history kept (issue 8).
    name: '002-locum-outbox',
    sql: outboxMigrationSql,
  },
  {
    // Forwarding the access log to the central audit store: the store-and-forward cursor (issue 17).
    name: '003-access-log-forward',
    sql: forwardCursorMigrationSql,
  },
];
