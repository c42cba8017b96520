import type { Bsn } from '../../shared/domain/identifiers';
import { bsnSchema } from '../../shared/api/patientSchemas';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempLog, type TempLog } from '../services/accesslog/testSupport';
import { createPatientService } from '../services/patient/patientService';
import { createRecordsService } from '../services/records/recordsService';
import type {
  DirectoryEntry,
  KnownSource,
  PatientDirectory,
  SwitchpointQueries,
  QueryRequest,
} from '../services/patient/ports';
import type { Session } from '../../shared/api/schemas';
import type { ProfessionalSummary } from '../../shared/domain/clinical/summary';
import type { MedicationExtract } from '../../shared/domain/clinical';
import { demoIdentities } from '../demo/identities';
import { ServiceError } from '../../shared/api/result';

const BSN = '999911120' as Bsn;
const gp = { ura: '90000401', name: 'Huisartsenpraktijk De Es' };
const pharmacyA = { ura: '90000501', name: 'Apotheek Centrum' };
const pharmacyB = { ura: '90000502', name: 'Apotheek Noord' };

const sessionAs = (id: string): Session => {
  const identity = demoIdentities.find((i) => i.id === id);
  if (!identity) throw new Error(id);
  return {
    person: identity.person,
    overseer: identity.overseer,
    organisation: identity.organisation,
    setting: identity.setting,
    signedInAt: 'x',
    demo: true,
    logManager: identity.logManager,
  };
};

const summaryFrom = (source: { ura: string; name: string }): ProfessionalSummary => ({
  kind: 'summary',
  patient: { bsn: BSN, family: 'Jansen', given: 'Piet', birthDate: '1950-01-01', gender: 'M' },
  source,
  author: null,
  episodes: [],
  contacts: [],
  measurements: [],
  prescriptions: [],
  contraIndications: [],
  intolerances: [],
  attentionNotes: [],
  treatmentLimits: [],
});

function world(options: {
  gpConsent?: KnownSource['consent'];
  pharmacyB?: KnownSource['consent'];
  crisis?: boolean;
  session?: string;
}) {
  const entry: DirectoryEntry = {
    patient: { bsn: BSN, family: 'Jansen', given: 'Piet', birthDate: '1950-01-01', gender: 'M' },
    ownGp: gp,
    sources: [
      { source: gp, kind: 'gp', consent: options.gpConsent ?? 'consent', region: null },
      { source: pharmacyA, kind: 'pharmacy', consent: 'consent', region: null },
      {
        source: pharmacyB,
        kind: 'pharmacy',
        consent: options.pharmacyB ?? 'consent',
        region: null,
      },
    ],
  };
  const directory: PatientDirectory = {
    lookup: (bsn) => (bsn === BSN ? entry : null),
    regimes: () => ({ crisisOptIn: options.crisis ?? false, regions: false }),
    regionsOf: () => [],
  };
  const switchpoint = {
    summary: vi.fn(async (_request: QueryRequest) => ({
      summaries: [summaryFrom(gp)],
      sources: [{ source: gp, status: 'OK' as const, count: 1 }],
      partial: false,
      messageId: 'm1',
    })),
    medication: vi.fn(
      async (): Promise<{
        extract: MedicationExtract;
        partial: boolean;
        messageId: string | null;
      }> => ({
        extract: {
          kind: 'medication' as const,
          patient: { bsn: BSN },
          sources: [pharmacyA, pharmacyB].map((p) => ({
            source: p,
            status: 'OK' as const,
            dispenses: [],
          })),
        },
        partial: false,
        messageId: 'm2',
      }),
    ),
    ica: vi.fn(async () => ({
      extract: { kind: 'ica' as const, patient: { bsn: BSN }, conditions: [], sources: [] },
      partial: false,
      messageId: 'm3',
    })),
  } satisfies SwitchpointQueries;
  const t = tempLog();
  logs.push(t);
  const session = sessionAs(options.session ?? 'hap-huisarts');
  const clock = () => new Date('2026-11-23T02:00:00Z');
  const patients = createPatientService({ log: t.log, directory, session: () => session, clock });
  const records = createRecordsService({
    log: t.log,
    patients,
    switchpoint,
    session: () => session,
    clock,
  });
  const events = () =>
    t.db
      .prepare(`SELECT event_type, outcome, reason_code, consent_basis FROM access_log ORDER BY id`)
      .all();
  return { patients, records, switchpoint, events, t };
}

const logs: TempLog[] = [];
afterEach(() => logs.splice(0).forEach((l) => l.dispose()));

describe('the patient workflow services', () => {
  it('consent everywhere: the summary and medication arrive, each access logged before it is returned', async () => {
    const w = world({});
    const context = w.patients.open(bsnSchema.parse('9999.11.120'));
    expect(
      context.sources.map((s) => s.decisions.summary?.allowed ?? s.decisions.medication?.allowed),
    ).toEqual([true, true, true]);
    const summary = await w.records.summary(BSN);
    expect(summary.summary?.source.ura).toBe(gp.ura);
    const medication = await w.records.medication(BSN);
    expect(medication.medication.sources).toHaveLength(2);
    expect(w.events()).toEqual([
      { event_type: 'patient-search', outcome: 'success', reason_code: null, consent_basis: null },
      {
        event_type: 'summary-query',
        outcome: 'success',
        reason_code: null,
        consent_basis: 'registered',
      },
      {
        event_type: 'medication-query',
        outcome: 'success',
        reason_code: null,
        consent_basis: 'registered',
      },
      {
        event_type: 'ica-query',
        outcome: 'success',
        reason_code: null,
        consent_basis: 'registered',
      },
    ]);
  });

  it('objection at the GP: the summary is refused without a query; the pharmacies still answer', async () => {
    const w = world({ gpConsent: 'objection' });
    w.patients.open(BSN);
    const summary = await w.records.summary(BSN);
    expect(summary.summary).toBeNull();
    expect(summary.sources).toEqual([
      expect.objectContaining({ status: 'refused', reason: 'objection' }),
    ]);
    expect(w.switchpoint.summary).not.toHaveBeenCalled();
    expect((await w.records.medication(BSN)).medication.sources).toHaveLength(2);
    expect(w.events()[1]).toMatchObject({
      event_type: 'summary-query',
      outcome: 'refused',
      reason_code: 'objection',
    });
  });

  it('a batch with fewer answers than declared: what arrived is returned, marked and logged partial', async () => {
    const w = world({});
    w.switchpoint.medication.mockResolvedValueOnce({
      extract: {
        kind: 'medication' as const,
        patient: { bsn: BSN },
        sources: [
          { source: pharmacyA, status: 'OK' as const, dispenses: [] },
          { source: pharmacyB, status: 'OK' as const, dispenses: [] },
        ],
        completeness: {
          declared: 5,
          received: 3,
          unreadable: [{ message: 'x', line: 85, path: 'p' }],
        },
      },
      partial: true,
      messageId: 'm2',
    });
    w.patients.open(BSN);
    const result = await w.records.medication(BSN);
    expect(result.medication.sources).toHaveLength(2);
    expect(result.partial).toBe(true);
    expect(result.medication.completeness?.declared).toBe(5);
    expect(w.events()).toContainEqual(
      expect.objectContaining({
        event_type: 'medication-query',
        outcome: 'partial',
        reason_code: 'BATCH_INCOMPLETE',
      }),
    );
  });

  it('an objection at one pharmacy keeps its data out even if the switchpoint sent some', async () => {
    const w = world({ pharmacyB: 'objection' });
    w.patients.open(BSN);
    const result = await w.records.medication(BSN);
    expect(result.medication.sources.map((s) => s.source.ura)).toEqual([pharmacyA.ura]);
    expect(result.sources.find((s) => s.source.ura === pharmacyB.ura)).toMatchObject({
      status: 'refused',
      reason: 'objection',
    });
  });

  it('no choice + crisis regime: asked first; yes opens the summary, logged as verbal consent', async () => {
    const w = world({ gpConsent: 'no-choice', crisis: true });
    const before = w.patients.open(BSN);
    expect(before.verbalQuestionApplies).toBe(true);
    expect((await w.records.summary(BSN)).sources[0]).toMatchObject({
      status: 'refused',
      reason: 'verbal-not-asked',
    });
    const after = w.patients.recordVerbal(BSN, 'yes', null);
    expect(after.pointOfCare).toMatchObject({ verbal: 'yes', askedBy: { uziNumber: '900010001' } });
    expect((await w.records.summary(BSN)).summary).not.toBeNull();
    expect(w.events().slice(2)).toEqual([
      {
        event_type: 'consent-recorded',
        outcome: 'success',
        reason_code: null,
        consent_basis: 'verbal-yes',
      },
      {
        event_type: 'summary-query',
        outcome: 'success',
        reason_code: null,
        consent_basis: 'verbal-yes',
      },
    ]);
  });

  it('verbal no: nothing is queried, and the answer is logged', async () => {
    const w = world({ gpConsent: 'no-choice', crisis: true });
    w.patients.open(BSN);
    w.patients.recordVerbal(BSN, 'no', null);
    expect((await w.records.summary(BSN)).summary).toBeNull();
    expect(w.switchpoint.summary).not.toHaveBeenCalled();
    expect(w.events().map((e) => (e as { consent_basis: string }).consent_basis)).toContain(
      'verbal-no',
    );
  });

  it('unable to express a will needs a reason, then is logged as an emergency', async () => {
    const w = world({ gpConsent: 'no-choice', crisis: true });
    w.patients.open(BSN);
    expect(() => w.patients.recordVerbal(BSN, 'unable', '  ')).toThrow(ServiceError);
    w.patients.recordVerbal(BSN, 'unable', 'bewusteloos binnengebracht');
    await w.records.summary(BSN);
    const row = w.t.db
      .prepare(`SELECT emergency, legal_basis FROM access_log WHERE event_type = 'summary-query'`)
      .get();
    expect(row).toEqual({ emergency: 1, legal_basis: 'emergency-procedure' });
  });

  it('no choice without the crisis regime: not available, and the verbal question is not offered', async () => {
    const w = world({ gpConsent: 'no-choice', crisis: false });
    expect(w.patients.open(BSN).verbalQuestionApplies).toBe(false);
    expect(() => w.patients.recordVerbal(BSN, 'yes', null)).toThrow(/does not apply/);
    expect((await w.records.summary(BSN)).sources[0]).toMatchObject({ reason: 'no-consent' });
  });

  it('SEH physician: medication yes, summary refused outside the crisis regime', async () => {
    const w = world({ session: 'seh-arts' });
    w.patients.open(BSN);
    expect((await w.records.summary(BSN)).sources[0]).toMatchObject({
      status: 'refused',
      reason: 'regime-not-active',
    });
    expect((await w.records.medication(BSN)).medication.sources).toHaveLength(2);
  });

  it('a failing switchpoint is logged as failed and the error reaches the caller', async () => {
    const w = world({});
    w.switchpoint.summary.mockRejectedValueOnce(
      new ServiceError('SWITCHPOINT_TIMEOUT', 'no answer'),
    );
    w.patients.open(BSN);
    await expect(w.records.summary(BSN)).rejects.toMatchObject({ code: 'SWITCHPOINT_TIMEOUT' });
    expect(w.events()[1]).toMatchObject({
      event_type: 'summary-query',
      outcome: 'error',
      reason_code: 'SWITCHPOINT_TIMEOUT',
    });
  });

  it('medication and ICA are asked together; a failing medication query still logs the ICA query', async () => {
    const w = world({});
    let icaStartedBeforeMedicationAnswered = false;
    let medicationAnswered = false;
    w.switchpoint.ica.mockImplementationOnce(async () => {
      icaStartedBeforeMedicationAnswered = !medicationAnswered;
      return {
        extract: { kind: 'ica' as const, patient: { bsn: BSN }, conditions: [], sources: [] },
        partial: false,
        messageId: 'm3',
      };
    });
    w.switchpoint.medication.mockImplementationOnce(async () => {
      await new Promise((r) => setTimeout(r, 20));
      medicationAnswered = true;
      throw new ServiceError('SWITCHPOINT_TIMEOUT', 'no answer');
    });
    w.patients.open(BSN);
    await expect(w.records.medication(BSN)).rejects.toMatchObject({ code: 'SWITCHPOINT_TIMEOUT' });
    expect(icaStartedBeforeMedicationAnswered).toBe(true);
    expect(w.events().slice(1)).toEqual([
      {
        event_type: 'medication-query',
        outcome: 'error',
        reason_code: 'SWITCHPOINT_TIMEOUT',
        consent_basis: 'registered',
      },
      {
        event_type: 'ica-query',
        outcome: 'success',
        reason_code: null,
        consent_basis: 'registered',
      },
    ]);
  });

  it('an invalid BSN is refused with its reason; a query needs the patient open', async () => {
    const w = world({});
    expect(() => bsnSchema.parse('123456789')).toThrow(/eleven-check/);
    await expect(w.records.summary(BSN)).rejects.toMatchObject({ code: 'PRECONDITION' });
  });

  it('closing the patient aborts queries in flight', async () => {
    const w = world({});
    let signal: AbortSignal | undefined;
    w.switchpoint.summary.mockImplementationOnce(async (request) => {
      signal = request.signal;
      return new Promise(() => undefined);
    });
    w.patients.open(BSN);
    void w.records.summary(BSN);
    await vi.waitFor(() => expect(signal).toBeDefined());
    w.patients.close();
    expect(signal?.aborted).toBe(true);
  });
});
