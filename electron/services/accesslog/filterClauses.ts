import { utc } from './cursor';

/** What the log's readers filter on; every field optional. */
export interface EntryFilter {
  patientBsn?: string | null;
  personUzi?: string | null;
  eventType?: string | null;
  from?: string | null;
  to?: string | null;
}

/**
 * The WHERE clauses and parameters for a filter, shared by search and export: equality columns
 * first (each has an index continuing with (time, id)), then the period [from, to) in UTC.
 */
export function filterClauses(filter: EntryFilter): {
  where: string[];
  params: (string | number)[];
} {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const equal = (column: string, value: string | null | undefined) => {
    if (value) {
      where.push(`${column} = ?`);
      params.push(value);
    }
  };
  equal('patient_bsn', filter.patientBsn);
  equal('actor_uzi', filter.personUzi);
  equal('event_type', filter.eventType);
  const from = utc(filter.from ?? undefined);
  const to = utc(filter.to ?? undefined);
  if (from) {
    where.push('time >= ?');
    params.push(from);
  }
  if (to) {
    where.push('time < ?');
    params.push(to);
  }
  return { where, params };
}
