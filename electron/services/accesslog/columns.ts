import type { AccessLogRecord, AccessSource } from '../../../shared/domain/accessEvent';

/**
 * The access log's columns in canonical order: the order of the table in migration 001 and the
 * order the hash chain is computed over (docs/accesslog.md §Canonical form). `hash` is last and
 * not part of it.
 */
export const columns = [
  'id',
  'time',
  'tz_offset',
  'event_type',
  'action',
  'patient_bsn',
  'actor_uzi',
  'actor_name',
  'actor_role',
  'responsible_uzi',
  'responsible_name',
  'responsible_role',
  'organisation_ura',
  'organisation_name',
  'setting',
  'workstation',
  'installation_id',
  'system_id',
  'system_version',
  'data_category',
  'legal_basis',
  'consent_basis',
  'consent_asked_by',
  'emergency',
  'outcome',
  'reason_code',
  'sources',
  'correlation_id',
  'message_id',
  'demo',
] as const;

/** One row's values in canonical order: strings, integers or null, exactly as SQLite returns them. */
export type RowValues = (string | number | null)[];

export const columnList = columns.join(', ');

/**
 * The canonical form computed by SQLite itself, for verification at speed: json_array over the
 * same values gives the same text as JSON.stringify for the strings the input schema admits (no
 * control characters, well-formed Unicode) — a test holds the two to that.
 */
export const canonicalSql = (version: string) => `json_array('${version}', ${columnList})`;

const at = (values: RowValues, column: (typeof columns)[number]) =>
  values[columns.indexOf(column)] ?? null;
const text = (values: RowValues, column: (typeof columns)[number]) =>
  at(values, column) as string | null;

/** A stored row (canonical values) as the reviewing screens read it. */
export function recordOf(values: RowValues): AccessLogRecord {
  return {
    id: at(values, 'id') as number,
    time: text(values, 'time') ?? '',
    tzOffset: text(values, 'tz_offset') ?? '',
    eventType: text(values, 'event_type') ?? '',
    action: text(values, 'action') ?? '',
    patientBsn: text(values, 'patient_bsn'),
    actorUzi: text(values, 'actor_uzi'),
    actorName: text(values, 'actor_name'),
    actorRole: text(values, 'actor_role'),
    responsibleUzi: text(values, 'responsible_uzi'),
    responsibleName: text(values, 'responsible_name'),
    responsibleRole: text(values, 'responsible_role'),
    organisationUra: text(values, 'organisation_ura'),
    organisationName: text(values, 'organisation_name'),
    setting: text(values, 'setting'),
    workstation: text(values, 'workstation') ?? '',
    installationId: text(values, 'installation_id') ?? '',
    systemId: text(values, 'system_id') ?? '',
    systemVersion: text(values, 'system_version') ?? '',
    dataCategory: text(values, 'data_category'),
    legalBasis: text(values, 'legal_basis'),
    consentBasis: text(values, 'consent_basis'),
    consentAskedBy: text(values, 'consent_asked_by'),
    emergency: at(values, 'emergency') === 1,
    outcome: text(values, 'outcome') ?? '',
    reasonCode: text(values, 'reason_code'),
    sources: JSON.parse(text(values, 'sources') ?? '[]') as AccessSource[],
    correlationId: text(values, 'correlation_id'),
    messageId: text(values, 'message_id'),
    demo: at(values, 'demo') === 1,
  };
}
