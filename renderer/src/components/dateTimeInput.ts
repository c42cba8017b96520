/**
 * Date/time entry in Dutch form, quick by keyboard (issue 16 point 7). The stored value is what
 * a `datetime-local` field holds (`YYYY-MM-DDTHH:mm`, local time); the field shows and accepts
 * `dd-mm-jjjj uu:mm`, and also: a time alone (`21:30`, `2130`) on the same day, `n`/`nu` for now,
 * and the stored form itself.
 */
const pad = (n: number) => String(n).padStart(2, '0');

export const localValue = (d: Date): string =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** `YYYY-MM-DDTHH:mm` → `dd-mm-jjjj uu:mm`; anything else as it is. */
export function displayValue(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  return m ? `${m[3]}-${m[2]}-${m[1]} ${m[4]}:${m[5]}` : value;
}

function valid(y: number, mo: number, d: number, h: number, mi: number): string | null {
  if (![y, mo, d, h, mi].every(Number.isFinite)) return null;
  if (h > 23 || mi > 59 || mo < 1 || mo > 12 || d < 1) return null;
  const date = new Date(y, mo - 1, d, h, mi);
  if (date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return localValue(date);
}

/** The captured groups as numbers (a missing group is NaN, which `valid` refuses). */
const nums = (m: RegExpExecArray): number[] => m.slice(1).map(Number);

/** Reads what was typed; `base` (the current value) gives the day for a time alone. */
export function parseDateTime(raw: string, base: string, now: Date = new Date()): string | null {
  const text = raw.trim().toLowerCase();
  if (text === 'n' || text === 'nu' || text === 'now') return localValue(now);
  let m = /^(\d{4})-(\d{2})-(\d{2})t(\d{2}):(\d{2})$/.exec(text);
  if (m) {
    const [y = NaN, mo = NaN, d = NaN, h = NaN, mi = NaN] = nums(m);
    return valid(y, mo, d, h, mi);
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s+(\d{1,2})[:.]?(\d{2})$/.exec(text);
  if (m) {
    const [d = NaN, mo = NaN, y = NaN, h = NaN, mi = NaN] = nums(m);
    return valid(y, mo, d, h, mi);
  }
  m = /^(\d{1,2})[:.]?(\d{2})$/.exec(text);
  if (m) {
    const day = /^(\d{4})-(\d{2})-(\d{2})T/.exec(base);
    const [y = NaN, mo = NaN, d = NaN] = day
      ? nums(day)
      : [now.getFullYear(), now.getMonth() + 1, now.getDate()];
    const [h = NaN, mi = NaN] = nums(m);
    return valid(y, mo, d, h, mi);
  }
  return null;
}

/** The value moved by whole minutes (the arrow keys). */
export function stepValue(value: string, minutes: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [y = NaN, mo = NaN, d = NaN, h = NaN, mi = NaN] = nums(m);
  return localValue(new Date(y, mo - 1, d, h, mi + minutes));
}
