import type { Source, Quantity } from '../../../../shared/domain/clinical/common';
import type { Dispense } from '../../../../shared/domain/clinical/medication';
import type { Prescription } from '../../../../shared/domain/clinical/summary';
import { highRiskGroup, type HighRiskGroup } from './highRisk';
import { productParts, substanceKey } from './medicationLine';

/**
 * current / past by the use period; unknown without one; nullified when the source says the
 * record was made in error. A stopped or nullified item is never current.
 */
export type UseStatus = 'current' | 'past' | 'unknown' | 'nullified';

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
  /** The pharmacy that dispensed it, when another than the one that answered. */
  dispensedBy: Source | null;
  /** The record's status as the source sent it (completed, active, nullified, aborted, …). */
  recordStatus: string | null;
  /** "Zo nodig": the criterion's text, '' when no criterion is given; null when not as needed. */
  asNeeded: string | null;
  /** Maximum dose, e.g. { value: 6, unit: 'stuk', per: { value: 1, unit: 'd' } }. */
  maxDose: {
    value: number | null;
    unit: string | null;
    per: { value: number; unit: string } | null;
  } | null;
  /** The prescription this dispense belongs to (dispenses of one prescription share it). */
  prescriptionId: string | null;
  /** How many dispenses (of this source) belong to the same prescription, this one included. */
  prescriptionDispenses: number;
  /** A high-risk medicine (highRisk.ts), null when not recognised as one. */
  highRisk: HighRiskGroup | null;
  /** A current GP prescription and a current dispense of the same medicine differ in dosage. */
  doseDiffers: boolean;
  /** The other side's dosage text when doseDiffers. */
  doseDiffersFrom: string | null;
  /** Product codes (for matching the same medicine across sources). */
  codes: { code: string | null; codeSystem: string | null }[];
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

/** Record statuses that end an item whatever its period says. */
const STOPPED = new Set(['aborted', 'cancelled', 'obsolete', 'suspended']);

const statusOf = (
  from: number | null,
  to: number,
  known: boolean,
  today: number,
  recordStatus?: string | null,
): UseStatus => {
  if (recordStatus === 'nullified') return 'nullified';
  if (recordStatus && STOPPED.has(recordStatus)) return 'past';
  if (!known || from === null) return 'unknown';
  return to >= today ? 'current' : 'past';
};

const rank: Record<UseStatus, number> = { current: 0, unknown: 1, past: 2, nullified: 3 };

const NO_MORE = {
  dispensedBy: null,
  recordStatus: null,
  asNeeded: null,
  maxDose: null,
  prescriptionId: null,
  prescriptionDispenses: 0,
  doseDiffers: false,
  doseDiffersFrom: null,
} as const;

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
    const codes = [d.product, ...(d.productTranslations ?? [])].filter((c) => c.code);
    const dosage = d.dosage ?? [];
    const asNeeded = dosage.find((x) => x.asNeeded)?.asNeeded;
    const stoppedRequest =
      dosage.length > 0 && dosage.every((x) => x.status && x.status !== 'active')
        ? dosage.find((x) => x.status === 'nullified' || (x.status && STOPPED.has(x.status)))
            ?.status
        : undefined;
    const recordStatus = d.status === 'nullified' ? d.status : (stoppedRequest ?? d.status ?? null);
    const otherPharmacy =
      d.dispensedBy && !sameSource(d.dispensedBy, d.pharmacy) ? d.dispensedBy : null;
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
        status: statusOf(p.from, p.to, p.known, todayNumber, recordStatus),
        substance: substanceOf(parts.name, d.productTranslations),
        duplicate: false,
        duplicateWith: [],
        overlap: false,
        ...NO_MORE,
        dispensedBy: otherPharmacy,
        recordStatus,
        asNeeded: asNeeded ? (asNeeded.criterion?.display ?? '') : null,
        maxDose: dosage.find((x) => x.maxDose)?.maxDose ?? null,
        prescriptionId: d.prescriptionId ?? null,
        highRisk: highRiskGroup(parts.name || (d.product.display ?? ''), codes),
        codes,
      },
    });
  });

  prescriptions.forEach((rx, i) => {
    const parts = partsOf(rx.product.display);
    const p = periodOf(rx.period, rx.date?.slice(0, 10) ?? null, null);
    const codes = [rx.product, ...(rx.productTranslations ?? [])].filter((c) => c.code);
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
        status: statusOf(p.from, p.to, p.known, todayNumber, rx.status),
        substance: substanceOf(parts.name),
        duplicate: false,
        duplicateWith: [],
        overlap: false,
        ...NO_MORE,
        recordStatus: rx.status ?? null,
        highRisk: highRiskGroup(parts.name || (rx.product.display ?? ''), codes),
        codes,
      },
    });
  });

  groupSameMedicine(work);
  flagConflicts(
    work.filter(
      (w) =>
        w.line.origin === 'dispense' &&
        w.line.status !== 'unknown' &&
        w.line.status !== 'nullified',
    ),
  );
  flagDoseDifferences(work);
  groupByPrescription(work);

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

/** Product-level code systems: a shared code means the same product. */
const PRODUCT_SYSTEMS = new Set([
  '2.16.840.1.113883.2.4.4.7', // HPK
  '2.16.840.1.113883.2.4.4.8', // ZI
]);
/** Generic-level code systems: two lines coded in one of these are the same medicine only if the codes agree. */
const GENERIC_SYSTEMS = [
  '2.16.840.1.113883.6.73', // ATC
  '2.16.840.1.113883.2.4.4.1', // GPK
  '2.16.840.1.113883.2.4.4.10', // PRK
];

/**
 * Which lines are the same medicine (docs/codec.md, "Medication view: the same medicine"): a
 * shared code (ATC, GPK, PRK, HPK or ZI) joins two lines; two lines that both carry a code of the
 * same generic system (ATC, GPK, PRK) and share none are different; otherwise the substance name
 * decides (the product name without manufacturer, salt or form). Sets each line's `substance` to
 * its group's key.
 */
function groupSameMedicine(work: Work[]): void {
  const parent = work.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const byCode = new Map<string, number>();
  const generic = work.map((w) => {
    const bySystem = new Map<string, Set<string>>();
    for (const c of w.line.codes) {
      if (!c.code || !c.codeSystem) continue;
      const system = c.codeSystem;
      if (GENERIC_SYSTEMS.includes(system) || PRODUCT_SYSTEMS.has(system)) {
        const set = bySystem.get(system) ?? new Set<string>();
        set.add(c.code.toUpperCase());
        bySystem.set(system, set);
      }
    }
    return bySystem;
  });
  work.forEach((_, i) => {
    for (const [system, codes] of generic[i] as Map<string, Set<string>>)
      for (const code of codes) {
        const key = `${system}|${code}`;
        const first = byCode.get(key);
        if (first === undefined) byCode.set(key, i);
        else union(first, i);
      }
  });
  const distinct = (i: number, j: number): boolean => {
    const a = generic[i] as Map<string, Set<string>>;
    const b = generic[j] as Map<string, Set<string>>;
    return GENERIC_SYSTEMS.some((s) => {
      const x = a.get(s);
      const y = b.get(s);
      return !!x && !!y && ![...x].some((c) => y.has(c));
    });
  };
  const byName = new Map<string, number[]>();
  work.forEach((w, i) => {
    const key = substanceName(w.line.name);
    const list = byName.get(key);
    if (list) list.push(i);
    else byName.set(key, [i]);
  });
  for (const list of byName.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] as number;
        const j = list[y] as number;
        if (find(i) !== find(j) && !distinct(i, j)) union(i, j);
      }
  const keys = work.map((_, i) => {
    const r = find(i);
    return `${(work[r] as Work).line.substance}#${r}`;
  });
  work.forEach((w, i) => {
    w.line.substance = keys[i] as string;
  });
}

/** Words that name a maker, not a substance (G-Standaard product names put it after the substance). */
const GENERIC_FIRST_WORDS = new Set(['INSULINE', 'VITAMINE', 'CALCIUM', 'KALIUM', 'NATRIUM']);

/** The substance of a product name: its first word (two for e.g. "INSULINE ASPART"), salts aside. */
export function substanceName(name: string): string {
  const key = substanceKey(name).replace(/^name:/, '');
  const words = key.split(' ');
  const first = words[0] ?? '';
  return GENERIC_FIRST_WORDS.has(first) ? words.slice(0, 2).join(' ') : first;
}

const normaliseDosage = (text: string | null): string =>
  (text ?? '')
    .toLowerCase()
    .replace(/\bx\b/g, 'maal')
    .replace(/\b(stuks|capsules|tabletten)\b/g, (w) =>
      w === 'stuks' ? 'stuk' : w === 'capsules' ? 'capsule' : 'tablet',
    )
    .replace(/[.,;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A current GP prescription and a current dispense of the same medicine with another dosage. */
function flagDoseDifferences(work: Work[]): void {
  const groups = new Map<string, { rx: MedicationLine[]; dispenses: MedicationLine[] }>();
  for (const { line } of work) {
    if (line.status !== 'current' || !line.dosageText) continue;
    const g = groups.get(line.substance) ?? { rx: [], dispenses: [] };
    (line.origin === 'prescription' ? g.rx : g.dispenses).push(line);
    groups.set(line.substance, g);
  }
  for (const { rx, dispenses } of groups.values())
    for (const p of rx)
      for (const d of dispenses)
        if (normaliseDosage(p.dosageText) !== normaliseDosage(d.dosageText)) {
          p.doseDiffers = d.doseDiffers = true;
          p.doseDiffersFrom = d.dosageText;
          d.doseDiffersFrom = p.dosageText;
        }
}

/**
 * Dispenses of one prescription (the same prescription id from the same pharmacy) are counted
 * together; each line says how many dispenses its prescription has. The list order is unchanged.
 */
function groupByPrescription(work: Work[]): void {
  const count = new Map<string, number>();
  const key = (l: MedicationLine) => `${sourceName(l.source)}|${l.prescriptionId}`;
  for (const { line } of work)
    if (line.origin === 'dispense' && line.prescriptionId)
      count.set(key(line), (count.get(key(line)) ?? 0) + 1);
  for (const { line } of work)
    if (line.origin === 'dispense' && line.prescriptionId)
      line.prescriptionDispenses = count.get(key(line)) ?? 1;
}
