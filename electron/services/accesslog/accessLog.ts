import type { Db } from '../db/database';
import type { AccessLogEntry } from '../../../shared/api/schemas';

/** What a service records about one thing that happened. Identifiers only, never content. */
export interface AccessEvent {
  eventType: string;
  /** NEN 7513 / FHIR AuditEvent action: C create, R read, U update, D delete, E execute. */
  action: 'C' | 'R' | 'U' | 'D' | 'E';
  outcome: string;
  actorUzi: string | null;
  actorName: string | null;
  actorRole: string | null;
  patientBsn: string | null;
  demo: boolean;
}

interface Row {
  id: number;
  time: string;
  event_type: string;
  action: string;
  outcome: string;
  actor_uzi: string | null;
  actor_name: string | null;
  actor_role: string | null;
  patient_bsn: string | null;
  demo: number;
}

export interface AccessLog {
  /** Appends durably; throws when it cannot, so the caller shows nothing it did not log. */
  append(event: AccessEvent): number;
  recent(limit: number): AccessLogEntry[];
}

export function createAccessLog(db: Db, clock: () => Date = () => new Date()): AccessLog {
  const insert = db.prepare(
    `INSERT INTO access_log (time, event_type, action, outcome, actor_uzi, actor_name, actor_role, patient_bsn, demo)
     VALUES (@time, @eventType, @action, @outcome, @actorUzi, @actorName, @actorRole, @patientBsn, @demo)`,
  );
  const selectRecent = db.prepare(`SELECT * FROM access_log ORDER BY id DESC LIMIT ?`);
  return {
    append(event) {
      const info = insert.run({ ...event, time: clock().toISOString(), demo: event.demo ? 1 : 0 });
      return Number(info.lastInsertRowid);
    },
    recent(limit) {
      return (selectRecent.all(limit) as Row[]).map((r) => ({
        id: r.id,
        time: r.time,
        eventType: r.event_type,
        action: r.action,
        outcome: r.outcome,
        actorUzi: r.actor_uzi,
        actorName: r.actor_name,
        actorRole: r.actor_role,
        patientBsn: r.patient_bsn,
        demo: r.demo === 1,
      }));
    },
  };
}
