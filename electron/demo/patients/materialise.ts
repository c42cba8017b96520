import type {
  Condition,
  Contact,
  Dispense,
  Episode,
  Practitioner,
  Prescription,
  ProfessionalSummary,
  Source,
} from '../../../shared/domain/clinical';
import type { SimulatedSource } from '../sources/catalogue';
import { drugs, ZI } from './drugs';
import type {
  ConditionSpec,
  GpRecord,
  PatientCase,
  PharmacyRegistration,
  RxSpec,
} from './caseTypes';

const DAY = 86_400_000;
const THESAURUS_40 = '2.16.840.1.113883.2.4.4.1.902.40';
const THESAURUS_122 = '2.16.840.1.113883.2.4.4.1.902.122';
const NHG14 = '2.16.840.1.113883.2.4.4.30.14';
const NHG45 = '2.16.840.1.113883.2.4.4.30.45';
const CONTACT_TYPES = {
  '01': 'visite',
  '03': 'consult',
  '04': 'telefonisch consult',
  '10': 'herhaalrecept',
};

const pad = (n: number) => String(n).padStart(2, '0');
/** Local calendar date `days` before `now`. */
export function daysAgo(now: Date, days: number): string {
  const d = new Date(now.getTime() - days * DAY);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
const at = (date: string, time: string) => `${date}T${time}`;

export const sourceOf = (s: SimulatedSource): Source => ({
  ura: s.ura,
  name: s.name,
  applicationId: s.applicationId,
});

/** The practice's own GP, the dossier holder (made-up UZI/AGB per practice). */
export function dossierGp(s: SimulatedSource): Practitioner {
  const n = s.ura.slice(-3);
  return {
    name: `Huisarts ${s.city} (demo)`,
    uzi: `900${n}${n}`,
    agb: `01${n}${n}`.padEnd(8, '0'),
    role: '01.015',
    organisation: sourceOf(s),
  };
}

function condition(c: ConditionSpec, now: Date, source: SimulatedSource): Condition {
  return {
    type: c.type,
    code: c.code,
    codeSystem: c.type === 'contra-indication' ? THESAURUS_40 : THESAURUS_122,
    display: c.display,
    agent: null,
    start: daysAgo(now, c.since),
    provenance: { source: sourceOf(source), date: daysAgo(now, c.since) },
  };
}

function prescription(
  rx: RxSpec,
  date: string,
  id: string,
  source: SimulatedSource,
  now: Date,
  ago: number,
): Prescription {
  const drug = drugs[rx.drug];
  const gp = dossierGp(source);
  return {
    id,
    product: { code: drug.code, codeSystem: ZI, display: drug.display },
    dosageText: rx.dosage,
    period: { start: date, end: daysAgo(now, ago - rx.days) },
    quantity: {
      value: rx.quantity,
      unit: drug.unit.display,
      gstdUnit: { code: drug.unit.code, codeSystem: null, display: drug.unit.display },
    },
    prescriber: gp,
    date,
    provenance: { source: sourceOf(source), author: gp, date },
  };
}

/** The practice's whole record for this patient, dated relative to `now` (no selection yet). */
export function fullSummary(
  c: PatientCase,
  record: GpRecord,
  source: SimulatedSource,
  now: Date,
): ProfessionalSummary {
  const gp = dossierGp(source);
  const provenance = (date: string | null) => ({ source: sourceOf(source), author: gp, date });
  const episodes: Episode[] = record.episodes.map((e, i) => ({
    id: `e${i + 1}`,
    title: e.title,
    icpc: e.icpc,
    icpcDisplay: e.display ?? null,
    start: daysAgo(now, e.since),
    end: e.closed === undefined ? null : daysAgo(now, e.closed),
    active: e.closed === undefined,
    attention: e.attention ?? false,
    provenance: provenance(daysAgo(now, e.since)),
  }));
  const prescriptions: Prescription[] = [];
  const contacts: Contact[] = record.contacts.map((k, i) => {
    const date = daysAgo(now, k.ago);
    const type = k.type ?? '03';
    (k.rx ?? []).forEach((rx, j) =>
      prescriptions.push(prescription(rx, date, `p${i + 1}.${j + 1}`, source, now, k.ago)),
    );
    return {
      id: `k${i + 1}`,
      type: { code: type, codeSystem: NHG14, display: CONTACT_TYPES[type] },
      start: at(date, '10:00'),
      end: at(date, '10:10'),
      lines: k.soep.map(([t, text]) => ({ type: t, text, sequence: 1 })),
      icpc: (k.icpc ?? []).map(([code, display]) => ({ code, display })),
      provenance: provenance(date),
    };
  });
  const conditions = (record.conditions ?? []).map((x) => condition(x, now, source));
  return {
    kind: 'summary',
    patient: { bsn: c.bsn, ...c.person },
    source: sourceOf(source),
    author: gp,
    episodes,
    contacts,
    measurements: (record.measurements ?? []).map((m) => ({
      code: m.code,
      codeSystem: NHG45,
      display: m.display,
      value: m.value,
      unit: m.unit,
      referenceRange: m.range ?? null,
      interpretation: null,
      date: daysAgo(now, m.ago),
      provenance: provenance(daysAgo(now, m.ago)),
    })),
    prescriptions,
    contraIndications: conditions.filter((x) => x.type === 'contra-indication'),
    intolerances: conditions.filter((x) => x.type === 'intolerance'),
    attentionNotes: (record.attention ?? []).map((a) => ({
      text: a.text,
      date: daysAgo(now, a.ago),
      provenance: provenance(daysAgo(now, a.ago)),
    })),
    treatmentLimits: [],
  };
}

export function dispensesOf(
  reg: PharmacyRegistration,
  source: SimulatedSource,
  now: Date,
): Dispense[] {
  return reg.dispenses.map((x, i) => {
    const drug = drugs[x.drug];
    const date = daysAgo(now, x.ago);
    return {
      id: `${source.id}-v${i + 1}`,
      dispensedOn: date,
      product: { code: drug.code, codeSystem: ZI, display: drug.display },
      quantity: {
        value: x.quantity,
        unit: drug.unit.display,
        gstdUnit: { code: drug.unit.code, codeSystem: null, display: drug.unit.display },
      },
      dosageText: x.dosage,
      usePeriod: { start: date, end: daysAgo(now, x.ago - x.days) },
      prescriber: x.prescriber ? { name: x.prescriber } : null,
      pharmacy: sourceOf(source),
      supplyDuration: { value: x.days, unit: 'd' },
    };
  });
}

export const conditionsOf = (
  reg: PharmacyRegistration,
  source: SimulatedSource,
  now: Date,
): Condition[] => (reg.conditions ?? []).map((c) => condition(c, now, source));
