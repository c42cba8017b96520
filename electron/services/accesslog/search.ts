import type { ReadDb, ReadStatement } from '../db/database';
import type { AccessLogPage, AccessLogSearchInput } from '../../../shared/api/schemas';
import { columnList, recordOf, type RowValues } from './columns';
import { decodeCursor, encodeCursor } from './cursor';
import { filterClauses } from './filterClauses';

export type SearchFilter = Omit<AccessLogSearchInput, 'limit' | 'cursor'>;

/**
 * Keyset-paged search, newest first, ordered by (time, id). Each filter combination has an index
 * that starts with its equality column and continues with (time, id), so a page costs a seek and
 * `limit` steps whatever the log's size (see the benchmark).
 */
export function createSearch(db: ReadDb) {
  const cache = new Map<string, ReadStatement>();
  const statementFor = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql).raw()));
    return s;
  };

  return function search(input: AccessLogSearchInput): AccessLogPage {
    const { where, params } = filterClauses(input);
    const after = decodeCursor(input.cursor);
    if (after) {
      where.push('(time, id) < (?, ?)');
      params.push(after.time, after.id);
    }
    const sql = `SELECT ${columnList} FROM access_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                 ORDER BY time DESC, id DESC LIMIT ?`;
    const rows = statementFor(sql).all([...params, input.limit + 1]) as RowValues[];
    const entries = rows.slice(0, input.limit).map(recordOf);
    const last = entries[entries.length - 1];
    return {
      entries,
      nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null,
    };
  };
}
