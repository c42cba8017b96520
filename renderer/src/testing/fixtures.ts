import type {
  ConsentSource,
  MedicationResult,
  PatientContext,
  SummaryResult,
} from '../../../shared/api/patientSchemas';
import type { Dispense } from '../../../shared/domain/clinical/medication';
import type { ProfessionalSummary } from '../../../shared/domain/clinical/summary';

/** Synthetic test data; the BSN passes the eleven-check. */
export const BSN = '999911120';

export const practice = { ura: '90000001', name: 'Huisartsenpraktijk De Linde' };
export const pharmacyA = { ura: '90000101', name: 'Apotheek Centrum' };
export const pharmacyB = { ura: '90000102', name: 'Apotheek Noord' };

const allowed = { allowed: true as const, basis: 'consent' };

export const gpSource = (
  consent: ConsentSource['consent'] = 'consent',
  summary = allowed,
): ConsentSource => ({
  source: practice,
  kind: 'gp',
  consent,
  decisions: { summary, medication: null, ica: null },
});

export const pharmacySource = (
  source = pharmacyA,
  consent: ConsentSource['consent'] = 'consent',
): ConsentSource => ({
  source,
  kind: 'pharmacy',
  consent,
  decisions: { summary: null, medication: allowed, ica: allowed },
});

export const patientContext = (overrides: Partial<PatientContext> = {}): PatientContext => ({
  bsn: BSN,
  patient: {
    bsn: BSN,
    family: 'Jansen',
    prefix: 'de',
    given: 'Anna',
    birthDate: '1950-03-07',
    gender: 'F',
  },
  ownGp: practice,
  sources: [gpSource(), pharmacySource()],
  regimes: { crisisOptIn: false, regions: false },
  pointOfCare: null,
  verbalQuestionApplies: false,
  openedAt: '2026-01-10T21:00:00+01:00',
  ...overrides,
});

const provenance = (date: string | null = '2025-12-01') => ({ source: practice, date });

export const summary = (overrides: Partial<ProfessionalSummary> = {}): ProfessionalSummary => ({
  kind: 'summary',
  patient: patientContext().patient as ProfessionalSummary['patient'],
  source: practice,
  author: { name: 'dr. P. Bakker' },
  episodes: [],
  contacts: [],
  measurements: [],
  prescriptions: [],
  contraIndications: [],
  intolerances: [],
  attentionNotes: [],
  treatmentLimits: [],
  ...overrides,
});

export const intolerance = (display: string) => ({
  type: 'intolerance' as const,
  code: null,
  codeSystem: null,
  display,
  start: '2019-05-01',
  provenance: provenance('2019-05-01'),
});

export const summaryResult = (
  s: ProfessionalSummary | null,
  status: 'OK' | 'NF' | 'error' | 'timeout' = 'OK',
): SummaryResult => ({
  summary: s,
  sources: [{ source: practice, status, count: s ? 1 : 0 }],
  partial: status === 'error' || status === 'timeout',
  correlationId: 'c-1',
  elapsedMs: 120,
});

export const dispense = (overrides: Partial<Dispense> = {}): Dispense => ({
  id: 'd1',
  dispensedOn: '2025-12-20',
  product: {
    code: '12345',
    codeSystem: '2.16.840.1.113883.2.4.4.7',
    display: 'METOPROLOL TARTRAAT 50MG TABLET',
  },
  quantity: { value: 30, unit: 'stuk' },
  dosageText: '1 x per dag 1 tablet',
  usePeriod: { start: '2025-12-20', end: '2026-01-19' },
  prescriber: { name: 'dr. P. Bakker' },
  pharmacy: pharmacyA,
  ...overrides,
});

export const medicationResult = (
  perSource: {
    source: typeof pharmacyA;
    status: 'OK' | 'NF' | 'error' | 'timeout';
    dispenses: Dispense[];
  }[],
  ica: MedicationResult['ica'] = null,
): MedicationResult => ({
  medication: { kind: 'medication', patient: { bsn: BSN }, sources: perSource },
  ica,
  sources: perSource.map((s) => ({
    source: s.source,
    status: s.status,
    count: s.dispenses.length,
  })),
  partial: perSource.some((s) => s.status === 'error' || s.status === 'timeout'),
  correlationId: 'c-2',
  elapsedMs: 200,
});
