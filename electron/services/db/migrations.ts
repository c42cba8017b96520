/**
 * The schema as an ordered list. Never edit a migration that has shipped: add the next one.
 * `user_version` holds how many have been applied.
 */
export interface Migration {
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    name: '001-access-log',
    sql: `
      CREATE TABLE access_log (
        id           INTEGER PRIMARY KEY,
        time         TEXT    NOT NULL,
        event_type   TEXT    NOT NULL,
        action       TEXT    NOT NULL,
        outcome      TEXT    NOT NULL,
        actor_uzi    TEXT,
        actor_name   TEXT,
        actor_role   TEXT,
        patient_bsn  TEXT,
        demo         INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX access_log_patient ON access_log (patient_bsn, id);
      CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
        BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
      CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
        BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
    `,
  },
];
