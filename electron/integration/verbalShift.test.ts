import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempLog, type TempLog } from '../services/accesslog/testSupport';
import { createReview } from '../services/accesslog/review';
import { createPatientService } from '../services/patient/patientService';
import { createRecordsService } from '../services/records/recordsService';
import type {
  DirectoryEntry,
  PatientDirectory,
  SwitchpointQueries,
} from '../services/patient/ports';
import type { Session } from '../../shared/api/schemas';
import type { Bsn } from '../../shared/domain/identifiers';
import { demoIdentities } from '../demo/identities';

/** Issue 16 point 2 on the service side: the remembered "no", asking again, the "unable" reason, the crisis basis. */
const BSN = '999911120' as Bsn;
const gp = { ura: '90000401', name: 'Huisartsenpraktijk De Es' };
const pharmacy = { ura: '90000501', name: 'Apotheek Centrum' };

const sessionAs = (id: string): Session => {
  const identity = demoIdentities.find((i) => i.id === id);
  if (!identity) throw new Error(id);
  return { ...identity, signedInAt: 'x', demo: true } as unknown as Session;
};

const logs: TempLog[] = [];
afterEach(() => logs.splice(0).forEach((l) => l.dispose()));

function world(options: { session?: string; gpConsent?: 'consent' | 'no-choice' } = {}) {
  const entry: DirectoryEntry = {
    patient: { bsn: BSN, family: 'Boer', given: 'Jan', birthDate: '1950-01-01', gender: 'M' },
    ownGp: gp,
    sources: [
      { source: gp, kind: 'gp', consent: options.gpConsent ?? 'no-choice', region: null },
      { source: pharmacy, kind: 'pharmacy', consent: 'no-choice', region: null },
    ],
  };
  const directory: PatientDirectory = {
    lookup: (bsn) => (bsn === BSN ? entry : null),
    regimes: () => ({ crisisOptIn: true, regions: false }),
    regionsOf: () => [],
  };
  const switchpoint = {
    summary: vi.fn(async () => ({
      summaries: [],
      sources: [{ source: gp, status: 'NF' as const, count: 0 }],
      partial: false,
      messageId: 'm1',
    })),
    medication: vi.fn(),
    ica: vi.fn(),
  } as unknown as SwitchpointQueries;
  const t = tempLog();
  logs.push(t);
  const review = createReview(t.db);
  let session = sessionAs(options.session ?? 'hap-huisarts');
  const clock = () => new Date('2026-11-23T02:00:00Z');
  const patients = createPatientService({
    log: t.log,
    directory,
    session: () => session,
    clock,
    keepForReview: (entryId, note, by) => review.update({ entryId, status: 'new', note }, by),
  });
  const records = createRecordsService({
    log: t.log,
    patients,
    switchpoint,
    session: () => session,
    clock,
  });
  const events = () =>
    t.db
      .prepare(
        `SELECT event_type, action, outcome, reason_code, consent_basis, legal_basis FROM access_log ORDER BY id`,
      )
      .all() as Record<string, string | null>[];
  return { patients, records, review, events, switchTo: (id: string) => (session = sessionAs(id)) };
}

describe('the verbal answer over a shift', () => {
  it('a "no" is remembered for the patient until sign-out, with who asked and when', () => {
    const w = world();
    w.patients.open(BSN);
    w.patients.recordVerbal(BSN, 'no', null);
    w.patients.close();
    const again = w.patients.open(BSN);
    expect(again.pointOfCare?.verbal).toBe('no');
    expect(again.pointOfCare?.askedBy.name).toMatch(/de Vries/);
    expect(again.pointOfCare?.askedAt).toBe('2026-11-23T02:00:00.000Z');
    expect(again.sources[0]?.decisions.summary).toEqual({
      allowed: false,
      reason: 'verbal-refused',
    });
    w.patients.close();
    w.patients.endShift();
    expect(w.patients.open(BSN).pointOfCare).toBeNull();
  });

  it('asking again is logged and puts the question back', () => {
    const w = world();
    w.patients.open(BSN);
    expect(() => w.patients.askAgain(BSN)).toThrow(/no verbal "no"/);
    w.patients.recordVerbal(BSN, 'no', null);
    const context = w.patients.askAgain(BSN);
    expect(context.pointOfCare).toBeNull();
    const last = w.events().at(-1);
    expect(last).toMatchObject({
      event_type: 'consent-recorded',
      action: 'U',
      reason_code: 'ASK_AGAIN',
      consent_basis: 'verbal-no',
    });
    w.patients.close();
    expect(w.patients.open(BSN).pointOfCare).toBeNull();
  });

  it('the reason for "unable" is kept with the entry in the privacy officer\'s review queue', () => {
    const w = world();
    w.patients.open(BSN);
    w.patients.recordVerbal(BSN, 'unable', 'Niet aanspreekbaar');
    const page = w.review.queue({ limit: 10 });
    const item = page.items.find((i) => i.entry.consentBasis === 'unable-to-express-will');
    expect(item?.notes.map((n) => n.note)).toEqual(['Niet aanspreekbaar']);
    // The log row itself carries no text.
    expect(JSON.stringify(item?.entry)).not.toContain('aanspreekbaar');
  });

  it('a verbal yes and the SEH summary access are logged on the crisis-regime basis', async () => {
    const w = world();
    w.patients.open(BSN);
    w.patients.recordVerbal(BSN, 'yes', null);
    await w.records.summary(BSN);
    expect(w.events().filter((e) => e.event_type !== 'patient-search')).toEqual([
      expect.objectContaining({ event_type: 'consent-recorded', legal_basis: 'crisis-regime' }),
      expect.objectContaining({ event_type: 'summary-query', legal_basis: 'crisis-regime' }),
    ]);

    const seh = world({ session: 'seh-arts', gpConsent: 'consent' });
    seh.patients.open(BSN);
    await seh.records.summary(BSN);
    expect(seh.events().at(-1)).toMatchObject({
      event_type: 'summary-query',
      legal_basis: 'crisis-regime',
      consent_basis: 'registered',
    });
  });
});
