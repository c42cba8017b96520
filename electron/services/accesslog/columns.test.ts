import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { accessLogColumns, columns, recordFields, recordOf, rowOf } from './columns';
import { toCsv } from './exportCsv';
import { fullEvent, tempLog } from './testSupport';

interface TableColumn {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

describe('the one column table', () => {
  it('is the access_log table of the migrations, column for column, with hash last', () => {
    const db = openDatabase({ file: ':memory:' });
    const table = db.prepare(`PRAGMA table_info(access_log)`).all() as TableColumn[];
    db.close();
    const expected = [
      ...accessLogColumns.map((c) => ({
        name: c.name,
        type: c.kind === 'int' || c.kind === 'flag' ? 'INTEGER' : 'TEXT',
        // id is the INTEGER PRIMARY KEY (rowid): not declared NOT NULL, but never null.
        notnull: c.kind === 'text' || c.kind === 'int' ? 0 : 1,
        pk: c.name === 'id' ? 1 : 0,
      })),
      { name: 'hash', type: 'TEXT', notnull: 1, pk: 0 },
    ];
    expect(table.map(({ name, type, notnull, pk }) => ({ name, type, notnull, pk }))).toEqual(
      expected,
    );
  });

  it('reads back what it writes: rowOf and recordOf are inverse over a stored row', () => {
    const t = tempLog();
    try {
      t.log.appendMany([fullEvent('summary-query', 1), fullEvent('sign-in', 2)]);
      const rows = t.db
        .prepare(`SELECT ${columns.join(', ')} FROM access_log ORDER BY id`)
        .raw()
        .all() as (string | number | null)[][];
      for (const row of rows) expect(rowOf(recordOf(row))).toEqual(row);
      const csvHeader = toCsv([]).split('\r\n')[0];
      expect(csvHeader).toBe(recordFields.join(','));
    } finally {
      t.dispose();
    }
  });
});
