import type { AccessLogRecord } from '../../../shared/domain/accessEvent';
import { recordFields } from './columns';

/** The columns' record fields, in canonical order (the one column table, columns.ts). */
const header = recordFields;

/** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a cell. */
function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with one row per entry; sources as `ura:status:count` joined by spaces. */
export function toCsv(entries: AccessLogRecord[]): string {
  const lines = [header.join(',')];
  for (const e of entries) {
    lines.push(
      header
        .map((k) =>
          k === 'sources'
            ? cell(e.sources.map((s) => `${s.ura}:${s.status}:${s.count}`).join(' '))
            : cell(e[k]),
        )
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
