import type { AccessLogRecord } from '../../../shared/domain/accessEvent';

/**
 * How a column's stored value maps to the record the screens read: `int` as is, `text` (null
 * allowed), `required` (text, NOT NULL), `flag` (INTEGER 0/1 ↔ boolean), `json` (TEXT ↔ the
 * parsed array).
 */
type Kind = 'int' | 'text' | 'required' | 'flag' | 'json';

interface Column {
  /** The SQLite column name. */
  readonly name: string;
  /** The field of AccessLogRecord (and the CSV header's name for it). */
  readonly field: keyof AccessLogRecord;
  readonly kind: Kind;
}

const column = <const N extends string>(
  name: N,
  field: keyof AccessLogRecord,
  kind: Kind,
): Column & { name: N } => ({ name, field, kind });

/**
 * THE table of the access log's columns, in canonical order: the order of the table in migration
 * 001 and the order the hash chain is computed over (docs/accesslog.md §Canonical form). Inserts,
 * reads, the canonical form and the CSV header all derive from it; `columns.test.ts` holds the
 * migration to it. `hash` follows in the table and is not part of the canonical form.
 */
export const accessLogColumns = [
  column('id', 'id', 'int'),
  column('time', 'time', 'required'),
  column('tz_offset', 'tzOffset', 'required'),
  column('event_type', 'eventType', 'required'),
  column('action', 'action', 'required'),
  column('patient_bsn', 'patientBsn', 'text'),
  column('actor_uzi', 'actorUzi', 'text'),
  column('actor_name', 'actorName', 'text'),
  column('actor_role', 'actorRole', 'text'),
  column('responsible_uzi', 'responsibleUzi', 'text'),
  column('responsible_name', 'responsibleName', 'text'),
  column('responsible_role', 'responsibleRole', 'text'),
  column('organisation_ura', 'organisationUra', 'text'),
  column('organisation_name', 'organisationName', 'text'),
  column('setting', 'setting', 'text'),
  column('workstation', 'workstation', 'required'),
  column('installation_id', 'installationId', 'required'),
  column('system_id', 'systemId', 'required'),
  column('system_version', 'systemVersion', 'required'),
  column('data_category', 'dataCategory', 'text'),
  column('legal_basis', 'legalBasis', 'text'),
  column('consent_basis', 'consentBasis', 'text'),
  column('consent_asked_by', 'consentAskedBy', 'text'),
  column('emergency', 'emergency', 'flag'),
  column('outcome', 'outcome', 'required'),
  column('reason_code', 'reasonCode', 'text'),
  column('sources', 'sources', 'json'),
  column('correlation_id', 'correlationId', 'text'),
  column('message_id', 'messageId', 'text'),
  column('demo', 'demo', 'flag'),
] as const;

export type ColumnName = (typeof accessLogColumns)[number]['name'];

/** The column names in canonical order. */
export const columns: readonly ColumnName[] = accessLogColumns.map((c) => c.name);

/** The record fields in canonical order (the CSV header). */
export const recordFields: readonly (keyof AccessLogRecord)[] = accessLogColumns.map(
  (c) => c.field,
);

/** One row's values in canonical order: strings, integers or null, exactly as SQLite returns them. */
export type RowValues = (string | number | null)[];

export const columnList = columns.join(', ');

/** `INSERT` of one row: the canonical values, then the hash. */
export const insertSql = `INSERT INTO access_log (${columnList}, hash) VALUES (${columns.map(() => '?').join(', ')}, ?)`;

/**
 * The canonical form computed by SQLite itself, for verification at speed: json_array over the
 * same values gives the same text as JSON.stringify for the strings the input schema admits (no
 * control characters, well-formed Unicode) — a test holds the two to that.
 */
export const canonicalSql = (version: string) => `json_array('${version}', ${columnList})`;

const kinds = accessLogColumns.map((c) => c.kind);

/** A stored row (canonical values) as the reviewing screens read it. */
export function recordOf(values: RowValues): AccessLogRecord {
  const record: Record<string, unknown> = {};
  for (let i = 0; i < kinds.length; i += 1) {
    const value = values[i] ?? null;
    const field = recordFields[i] as string;
    switch (kinds[i]) {
      case 'int':
      case 'text':
        record[field] = value;
        break;
      case 'required':
        record[field] = value ?? '';
        break;
      case 'flag':
        record[field] = value === 1;
        break;
      case 'json':
        record[field] = JSON.parse((value as string | null) ?? '[]');
        break;
    }
  }
  return record as AccessLogRecord;
}

/** A record as the row to store, in canonical order (the inverse of `recordOf`). */
export function rowOf(record: AccessLogRecord): RowValues {
  const values: RowValues = new Array(kinds.length);
  for (let i = 0; i < kinds.length; i += 1) {
    const value = record[recordFields[i] as keyof AccessLogRecord];
    const kind = kinds[i];
    values[i] =
      kind === 'flag'
        ? value
          ? 1
          : 0
        : kind === 'json'
          ? JSON.stringify(value)
          : (value as string | number | null);
  }
  return values;
}
