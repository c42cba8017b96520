import type { Source, Quantity } from '../../../../shared/domain/clinical/common';
import type { Dispense } from '../../../../shared/domain/clinical/medication';
import type { Prescription } from '../../../../shared/domain/clinical/summary';
import { productParts, substanceKey } from './medicationLine';

export type UseStatus = 'current' | 'past' | 'unknown';

/** One row of the merged medication view: every row carries its source and date. */
export interface MedicationLine {
  key: string;
  origin: 'dispense' | 'prescription';
  source: Source;
  /** Dispense date (verstrekking) or prescription date, YYYY-MM-DD. */
  date: string | null;
  display: string;
  name: string;
  strength: string | null;
  form: string | null;
  dosageText: string | null;
  quantity: Quantity | null;
  prescriber: string | null;
  /** Use period, YYYY-MM-DD; end null = open (until further notice) or unknown. */
  start: string | null;
  end: string | null;
  status: UseStatus;
  substance: string;
  /** The same substance from another source in an overlapping period (double supply). */
  duplicate: boolean;
  /** Names of the other sources of a duplicate. */
  duplicateWith: string[];
  /** The same substance from the same source, another product or dosage, in an overlapping period. */
  overlap: boolean;
}

export interface MergeInput {
  dispenses: Dispense[];
  prescriptions: Prescription[];
  /** YYYY-MM-DD */
  today: string;
}

/** Overlaps of this many days or fewer are a normal hand-over (refill, change of pharmacy), not flagged. */
export const OVERLAP_TOLERANCE_DAYS = 2;

const DAY = 86_400_000;
const dayNumber = (iso: string | null): number | null => {
  if (!iso) return null;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!y || !m || !d) return null;
  return Date.UTC(y, m - 1, d) / DAY;
};
const isoOfDay = (day: number): string => {
  const d = new Date(day * DAY);
  const m = d.getUTCMonth() + 1;
  const dd = d.getUTCDate();
  return `${d.getUTCFullYear()}-${m < 10 ? '0' : ''}${m}-${dd < 10 ? '0' : ''}${dd}`;
};
const toDays = (duration: { value: number; unit: string } | null | undefined): number | null => {
  if (!duration) return null;
  const unit = duration.unit.toLowerCase();
  if (unit === 'd' || unit.startsWith('dag') || unit.startsWith('day')) return duration.value;
  if (unit === 'wk' || unit.startsWith('we')) return duration.value * 7;
  if (unit === 'mo' || unit.startsWith('maand') || unit.startsWith('month'))
    return duration.value * 30;
  if (unit === 'h' || unit.startsWith('uur')) return Math.ceil(duration.value / 24);
  return null;
};

const sourceName = (s: Source) => s.name ?? s.ura ?? '';
const sameSource = (a: Source, b: Source) =>
  a.ura && b.ura ? a.ura === b.ura : sourceName(a) === sourceName(b);

interface Work {
  line: MedicationLine;
  from: number | null;
  to: number;
}

function periodOf(
  period: {
    start: string | null;
    end: string | null;
    duration?: { value: number; unit: string } | null;
  } | null,
  fallbackStart: string | null,
  supply: { value: number; unit: string } | null | undefined,
): { start: string | null; end: string | null; from: number | null; to: number; known: boolean } {
  const start = period?.start?.slice(0, 10) ?? fallbackStart;
  const from = dayNumber(start);
  let end = period?.end?.slice(0, 10) ?? null;
  if (!end && from !== null) {
    const days = toDays(period?.duration) ?? (period ? null : toDays(supply));
    if (days !== null) end = isoOfDay(from + Math.max(0, days - 1));
  }
  const to = dayNumber(end) ?? Infinity;
  // A period with a start and no end is "until further notice"; without any period we do not know.
  const known = Boolean(period?.start) || end !== null;
  return { start, end, from, to, known };
}

const statusOf = (from: number | null, to: number, known: boolean, today: number): UseStatus => {
  if (!known || from === null) return 'unknown';
  return to >= today ? 'current' : 'past';
};

const rank: Record<UseStatus, number> = { current: 0, unknown: 1, past: 2 };

/**
 * Merges the pharmacies' dispenses and the GP's prescriptions into one list: current first, then
 * unknown, then past; newest first within each. Flags double supply and overlapping use of the
 * same substance. Pure and linear-ish (sort + per-substance sweep): 2,000 dispenses in a few ms.
 */
export function mergeMedication({ dispenses, prescriptions, today }: MergeInput): MedicationLine[] {
  const todayNumber = dayNumber(today) ?? 0;
  const work: Work[] = [];
  // Repeat dispenses share their product: parse each display once.
  const partsCache = new Map<string, ReturnType<typeof productParts>>();
  const partsOf = (display: string | null) => {
    const k = display ?? '';
    let parts = partsCache.get(k);
    if (!parts) partsCache.set(k, (parts = productParts(display)));
    return parts;
  };
  const substanceCache = new Map<string, string>();
  const substanceOf = (name: string, translations?: Parameters<typeof substanceKey>[1]) => {
    if (translations?.length) return substanceKey(name, translations);
    let key = substanceCache.get(name);
    if (!key) substanceCache.set(name, (key = substanceKey(name)));
    return key;
  };

  dispenses.forEach((d, i) => {
    const parts = partsOf(d.product.display ?? d.ingredients?.join(', ') ?? null);
    const p = periodOf(d.usePeriod, d.dispensedOn, d.supplyDuration);
    work.push({
      from: p.from,
      to: p.to,
      line: {
        key: `d:${sourceName(d.pharmacy)}:${d.id ?? ''}:${i}`,
        origin: 'dispense',
        source: d.pharmacy,
        date: d.dispensedOn,
        display: d.product.display ?? parts.name,
        ...parts,
        dosageText: d.dosageText,
        quantity: d.quantity,
        prescriber: d.prescriber?.name ?? null,
        start: p.start,
        end: p.end,
        status: statusOf(p.from, p.to, p.known, todayNumber),
        substance: substanceOf(parts.name, d.productTranslations),
        duplicate: false,
        duplicateWith: [],
        overlap: false,
      },
    });
  });

  prescriptions.forEach((rx, i) => {
    const parts = partsOf(rx.product.display);
    const p = periodOf(rx.period, rx.date?.slice(0, 10) ?? null, null);
    work.push({
      from: p.from,
      to: p.to,
      line: {
        key: `p:${rx.id ?? ''}:${i}`,
        origin: 'prescription',
        source: rx.provenance.source,
        date: rx.date?.slice(0, 10) ?? rx.provenance.date?.slice(0, 10) ?? null,
        display: rx.product.display ?? parts.name,
        ...parts,
        dosageText: rx.dosageText,
        quantity: rx.quantity,
        prescriber: rx.prescriber?.name ?? null,
        start: p.start,
        end: p.end,
        status: statusOf(p.from, p.to, p.known, todayNumber),
        substance: substanceOf(parts.name),
        duplicate: false,
        duplicateWith: [],
        overlap: false,
      },
    });
  });

  flagConflicts(work.filter((w) => w.line.origin === 'dispense' && w.line.status !== 'unknown'));

  work.sort((a, b) => {
    const r = rank[a.line.status] - rank[b.line.status];
    if (r !== 0) return r;
    const da = a.line.date ?? a.line.start ?? '';
    const db = b.line.date ?? b.line.start ?? '';
    if (da !== db) return da < db ? 1 : -1;
    return a.line.name < b.line.name ? -1 : a.line.name > b.line.name ? 1 : 0;
  });
  return work.map((w) => w.line);
}

/** Per substance, a sweep over the use periods sorted by start: each pair that overlaps is checked once. */
function flagConflicts(items: Work[]): void {
  const groups = new Map<string, Work[]>();
  for (const w of items) {
    const g = groups.get(w.line.substance);
    if (g) g.push(w);
    else groups.set(w.line.substance, [w]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => (a.from as number) - (b.from as number));
    let active: Work[] = [];
    for (const w of group) {
      const from = w.from as number;
      active = active.filter((a) => a.to >= from);
      for (const a of active) {
        const overlapDays = Math.min(a.to, w.to) - from + 1;
        if (overlapDays <= OVERLAP_TOLERANCE_DAYS) continue;
        if (!sameSource(a.line.source, w.line.source)) {
          markDuplicate(a.line, w.line);
          markDuplicate(w.line, a.line);
        } else if (a.line.display !== w.line.display || a.line.dosageText !== w.line.dosageText) {
          a.line.overlap = true;
          w.line.overlap = true;
        }
      }
      active.push(w);
    }
  }
}

function markDuplicate(line: MedicationLine, other: MedicationLine) {
  line.duplicate = true;
  const name = sourceName(other.source);
  if (!line.duplicateWith.includes(name)) line.duplicateWith.push(name);
}
