import type { ReadDb } from '../db/database';
import { ServiceError } from '../../../shared/api/result';
import type { AccessLogRecord } from '../../../shared/domain/accessEvent';
import { columnList, recordOf, type RowValues } from './columns';
import { filterClauses } from './filterClauses';

/** An export answers in one piece over the contract: larger selections must be narrowed. */
export const MAX_EXPORT_ENTRIES = 100_000;

/** The entries of a period and/or patient, oldest first. */
export function entriesForExport(
  db: ReadDb,
  filter: { from?: string; to?: string; patientBsn?: string },
): AccessLogRecord[] {
  const { where, params } = filterClauses(filter);
  const rows = db
    .prepare(
      `SELECT ${columnList} FROM access_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY time, id LIMIT ${MAX_EXPORT_ENTRIES + 1}`,
    )
    .raw()
    .all(...params) as RowValues[];
  if (rows.length > MAX_EXPORT_ENTRIES)
    throw new ServiceError(
      'VALIDATION',
      `More than ${MAX_EXPORT_ENTRIES} entries: narrow the period.`,
    );
  return rows.map(recordOf);
}
