import type { MedicationLine } from './mergeMedication';

export interface TimelineBar {
  from: number;
  to: number;
}
export interface TimelineRow {
  label: string;
  bars: TimelineBar[];
  current: boolean;
  flagged: boolean;
}
export interface Timeline {
  from: number;
  to: number;
  today: number;
  rows: TimelineRow[];
  hidden: number;
}

const DAY = 86_400_000;
const dayOf = (iso: string | null) =>
  iso ? Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY : NaN;

/**
 * One row per medicine (product as displayed), its use periods merged into bars, within a window
 * of the past year and the coming quarter. Current medicines first; at most `maxRows` rows.
 */
export function buildTimeline(lines: MedicationLine[], today: string, maxRows = 30): Timeline {
  const t = dayOf(today);
  const from = t - 365;
  const to = t + 90;
  const byMedicine = new Map<
    string,
    { intervals: [number, number][]; current: boolean; flagged: boolean; last: number }
  >();
  for (const line of lines) {
    const s = dayOf(line.start ?? line.date);
    if (Number.isNaN(s)) continue;
    const eRaw = line.end ? dayOf(line.end) : line.status === 'current' ? to : s;
    const e = Math.min(eRaw, to);
    if (e < from || s > to) continue;
    let m = byMedicine.get(line.display);
    if (!m)
      byMedicine.set(
        line.display,
        (m = { intervals: [], current: false, flagged: false, last: -Infinity }),
      );
    m.intervals.push([Math.max(s, from), e]);
    m.current ||= line.status === 'current';
    m.flagged ||= line.duplicate || line.overlap;
    m.last = Math.max(m.last, e);
  }
  const rows = [...byMedicine.entries()]
    .sort(([, a], [, b]) => Number(b.current) - Number(a.current) || b.last - a.last)
    .map(([label, m]) => ({
      label,
      current: m.current,
      flagged: m.flagged,
      bars: union(m.intervals),
    }));
  return {
    from,
    to,
    today: t,
    rows: rows.slice(0, maxRows),
    hidden: Math.max(0, rows.length - maxRows),
  };
}

function union(intervals: [number, number][]): TimelineBar[] {
  intervals.sort((a, b) => a[0] - b[0]);
  const out: TimelineBar[] = [];
  for (const [s, e] of intervals) {
    const last = out[out.length - 1];
    if (last && s <= last.to + 1) last.to = Math.max(last.to, e);
    else out.push({ from: s, to: e });
  }
  return out;
}
