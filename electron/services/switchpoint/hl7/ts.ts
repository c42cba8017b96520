/**
 * HL7v3 TS (point in time) ↔ ISO 8601. HL7 writes YYYYMMDD[HH[mm[ss[.s+]]]][±ZZzz]; we read any
 * precision and keep it (a date stays a date), and write local time with its UTC offset.
 */
const TS = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\.\d{1,6})?([+-]\d{4})?$/;

/** "20170621121735" → "2017-06-21T12:17:35"; "19911230" → "1991-12-30"; null when not a TS. */
export function tsToIso(value: string | undefined): string | null {
  if (!value) return null;
  const fast = plainTsToIso(value);
  if (fast !== undefined) return fast;
  const m = TS.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (d && (Number(d) < 1 || Number(d) > 31)) return null;
  if (h && Number(h) > 23) return null;
  if (mi && Number(mi) > 59) return null;
  if (s && Number(s) > 60) return null;
  let iso = y ?? '';
  if (mo) iso += `-${mo}`;
  if (d) iso += `-${d}`;
  if (h) {
    iso += `T${h}:${mi ?? '00'}`;
    if (s) iso += `:${s}${frac ?? ''}`;
    if (zone) iso += `${zone.slice(0, 3)}:${zone.slice(3)}`;
  }
  return iso;
}

const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/**
 * The common case of tsToIso without a regex: only digits, 4 to 14 of them in whole fields
 * (YYYY[MM[DD[HH[mm[ss]]]]]). The same result as the regex path; undefined for anything else
 * (fractions, zones, spaces, other lengths), which the regex path then reads.
 */
function plainTsToIso(v: string): string | null | undefined {
  const n = v.length;
  if (n < 4 || n > 14 || n & 1) return undefined;
  for (let i = 0; i < n; i++) if (digit(v, i) < 0) return undefined;
  let iso = v.slice(0, 4);
  if (n === 4) return iso;
  const mo = digit(v, 4) * 10 + digit(v, 5);
  if (mo < 1 || mo > 12) return null;
  iso += `-${v.slice(4, 6)}`;
  if (n === 6) return iso;
  const d = digit(v, 6) * 10 + digit(v, 7);
  if (d < 1 || d > 31) return null;
  iso += `-${v.slice(6, 8)}`;
  if (n === 8) return iso;
  if (digit(v, 8) * 10 + digit(v, 9) > 23) return null;
  if (n === 10) return `${iso}T${v.slice(8, 10)}:00`;
  if (digit(v, 10) * 10 + digit(v, 11) > 59) return null;
  iso += `T${v.slice(8, 10)}:${v.slice(10, 12)}`;
  if (n === 12) return iso;
  if (digit(v, 12) * 10 + digit(v, 13) > 60) return null;
  return `${iso}:${v.slice(12, 14)}`;
}

/** Only the date part of a TS, "YYYY-MM-DD" (or shorter when the source gave less). */
export function tsToDate(value: string | undefined): string | null {
  const iso = tsToIso(value);
  return iso === null ? null : iso.slice(0, 10);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** A Date as an HL7 TS to the second in local time with offset, e.g. "20240301142530+0100". */
export function formatTs(date: Date, precision: 'second' | 'minute' | 'day' = 'second'): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('invalid date');
  const day = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;
  if (precision === 'day') return day;
  const offset = -date.getTimezoneOffset();
  const zone = `${offset >= 0 ? '+' : '-'}${pad(Math.trunc(offset / 60))}${pad(offset % 60)}`;
  const time = `${pad(date.getHours())}${pad(date.getMinutes())}${precision === 'second' ? pad(date.getSeconds()) : ''}`;
  return `${day}${time}${zone}`;
}

/**
 * An ISO date or date-time from the domain model ("2024-03-01", "2024-03-01T14:25",
 * "2024-03-01T14:25:30+01:00") as an HL7 TS with the same precision.
 */
export function isoToTs(iso: string): string {
  const m =
    /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(
      iso.trim(),
    );
  if (!m) throw new RangeError(`not an ISO date or date-time: ${iso}`);
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  let ts = `${y}${mo ?? ''}${d ?? ''}${h ?? ''}${mi ?? ''}${s ?? ''}${s && frac ? frac.slice(0, 7) : ''}`;
  if (h && zone) ts += zone === 'Z' ? '+0000' : zone.replace(':', '');
  return ts;
}
