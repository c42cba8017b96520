import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../shared/api/schemas';
import { createLogViews } from './logViews';
import { fullEvent, keyOf, present, tempLog, type TempLog } from './testSupport';
import { verifyChain } from './verify';
import { databaseText } from './databaseText';

let t: TempLog;
afterEach(() => t?.dispose());

const officer: Session = {
  person: {
    uziNumber: '900060006',
    name: 'P. Privacy',
    roleCode: '00.000',
    passType: 'medewerker-op-naam',
  },
  overseer: null,
  organisation: { ura: '90000111', name: 'Huisartsenpost Amstelland (demo)' },
  setting: 'HAP',
  signedInAt: '2026-03-01T00:00:00.000Z',
  demo: true,
  logManager: true,
};

/** A GP at the post: not the log manager. */
const clinician: Session = {
  ...officer,
  person: { uziNumber: '900010001', name: 'A. Arts', roleCode: '01.015', passType: 'zorgverlener' },
  logManager: false,
};

function setup() {
  let n = 0;
  t = tempLog({ clock: () => new Date(Date.UTC(2026, 0, 1) + n++ * 3_600_000) });
  // 30 entries, one an hour; patients alternate between two BSNs.
  for (let i = 1; i <= 30; i += 1)
    t.log.append(fullEvent('summary-query', i, { patientBsn: i % 2 ? '999911120' : '999912345' }));
  return createLogViews({ db: t.db, log: t.log, clock: () => new Date('2026-03-01T00:00:00Z') });
}

describe('log views', () => {
  it('pages one patient newest first by keyset, with a period filter, and logs each look', () => {
    const views = setup();
    const first = views.search(officer, { patientBsn: '999911120', limit: 10 });
    // The look itself (entry 31) is the newest entry in this patient's log.
    expect(first.entries.map((e) => e.id)).toEqual([31, 29, 27, 25, 23, 21, 19, 17, 15, 13]);
    expect(first.entries[0]?.eventType).toBe('access-log-view');
    const second = views.search(officer, {
      patientBsn: '999911120',
      limit: 10,
      cursor: present(first.nextCursor),
    });
    expect(second.entries.map((e) => e.id)).toEqual([11, 9, 7, 5, 3, 1]);
    expect(second.nextCursor).toBeNull();
    const period = views.search(officer, {
      from: '2026-01-01T03:00:00Z',
      to: '2026-01-01T06:00:00+00:00',
      limit: 50,
    });
    expect(period.entries.map((e) => e.id)).toEqual([6, 5, 4]);
    const logged = t.db
      .prepare(
        `SELECT event_type, patient_bsn, actor_uzi FROM access_log WHERE event_type = 'access-log-view' ORDER BY id`,
      )
      .all();
    expect(logged).toEqual([
      { event_type: 'access-log-view', patient_bsn: '999911120', actor_uzi: '900060006' },
      { event_type: 'access-log-view', patient_bsn: '999911120', actor_uzi: '900060006' },
      { event_type: 'access-log-view', patient_bsn: null, actor_uzi: '900060006' },
    ]);
    expect(verifyChain(t.db, keyOf(t)).intact).toBe(true);
  });

  it('filters per employee and per event type', () => {
    const views = setup();
    const page = views.search(officer, { personUzi: '900030010', limit: 50 });
    expect(page.entries.every((e) => e.actorUzi === '900030010')).toBe(true);
    expect(page.entries.length).toBeGreaterThan(0);
    expect(views.search(officer, { eventType: 'access-log-view', limit: 50 }).entries).toHaveLength(
      2,
    );
  });

  it('queues verbal consent, refusals and emergencies for review; status and notes live beside the log', () => {
    const views = setup();
    t.log.append(
      fullEvent('summary-query', 1, {
        consentBasis: 'registered',
        emergency: false,
        outcome: 'refused',
        reasonCode: 'CONSENT_OBJECTION',
      }),
    );
    const queue = views.reviewQueue(officer, { limit: 100 });
    const ids = queue.items.map((i) => i.entry.id);
    // fullEvent: n % 7 === 0 verbal-yes, n % 11 === 0 emergency; plus the refusal (id 31).
    expect(ids).toEqual([31, 28, 22, 21, 14, 11, 7]);
    expect(queue.items.every((i) => i.status === 'new')).toBe(true);

    views.reviewUpdate(officer, { entryId: 7, status: 'investigating', note: 'navragen' });
    views.reviewUpdate(officer, { entryId: 7, status: 'closed', note: 'in orde' });
    const closed = views.reviewQueue(officer, { status: 'closed', limit: 100 }).items;
    expect(closed).toHaveLength(1);
    expect(closed[0]?.notes.map((n) => `${n.status}:${n.note}`)).toEqual([
      'investigating:navragen',
      'closed:in orde',
    ]);
    expect(views.reviewQueue(officer, { status: 'new', limit: 100 }).items).toHaveLength(6);
    expect(() => views.reviewUpdate(officer, { entryId: 2, status: 'closed', note: '' })).toThrow(
      /not in the review queue/,
    );
    expect(verifyChain(t.db, keyOf(t)).intact).toBe(true);
  });

  it('exports CSV and a FHIR AuditEvent Bundle for a patient, and logs the export', () => {
    const views = setup();
    const csv = views.export(officer, { format: 'csv', patientBsn: '999912345' });
    const lines = csv.content.trim().split('\r\n');
    expect(lines).toHaveLength(16);
    expect(lines[0]?.split(',')).toContain('responsibleUzi');
    expect(lines[1]).toContain('999912345');
    expect(csv.fileName).toMatch(/^toegangslog-patient-999912345-2026-03-01\.csv$/);

    const fhir = views.export(officer, {
      format: 'fhir',
      patientBsn: '999912345',
      to: '2026-01-01T03:00:00Z',
    });
    const bundle = JSON.parse(fhir.content) as {
      resourceType: string;
      entry: { resource: Record<string, unknown> }[];
    };
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry).toHaveLength(1);
    const audit = present(bundle.entry[0]).resource as {
      resourceType: string;
      action: string;
      subtype: { code: string }[];
      meta: { profile: string[] };
      agent: { who: { identifier: { value: string } }; requestor: boolean }[];
      entity: { what: { identifier?: { system: string; value: string } } }[];
      purposeOfEvent: { coding: { code: string }[] }[];
    };
    expect(audit).toMatchObject({
      resourceType: 'AuditEvent',
      action: 'R',
      subtype: [{ code: 'read' }],
    });
    expect(audit.meta.profile[0]).toMatch(/IHE\.BasicAudit\.PatientRead$/);
    expect(audit.agent.map((a) => a.who.identifier.value)).toEqual(
      expect.arrayContaining(['900030005', '900010001']),
    );
    expect(audit.entity[0]?.what.identifier).toEqual({
      system: 'http://fhir.nl/fhir/NamingSystem/bsn',
      value: '999912345',
    });
    const exports = t.db
      .prepare(`SELECT count(*) FROM access_log WHERE event_type = 'access-log-export'`)
      .pluck()
      .get();
    expect(exports).toBe(2);
  });

  it('leaves no clinical string in the database file (the helper the demo-flow scan will use)', () => {
    setup();
    const text = databaseText(t.db, t.file);
    expect(text).toContain('999911120'); // the helper sees the identifiers…
    expect(text).not.toMatch(/astma|pneumonie|metoprolol/i); // …and there is nothing clinical to see
  });

  it('refuses everyone but the log manager, and logs each refused look before refusing', () => {
    const views = setup();
    const attempts = [
      () => views.search(clinician, { patientBsn: '999911120', limit: 10 }),
      () => views.reviewQueue(clinician, { limit: 10 }),
      () => views.reviewUpdate(clinician, { entryId: 1, status: 'closed', note: 'x' }),
      () => views.export(clinician, { format: 'csv', patientBsn: '999911120' }),
    ];
    for (const attempt of attempts) expect(attempt).toThrow(/access-log manager/);
    const refused = views
      .search(officer, { personUzi: clinician.person.uziNumber, limit: 10 })
      .entries.reverse();
    expect(refused.map((e) => [e.eventType, e.outcome, e.reasonCode, e.legalBasis])).toEqual([
      ['access-log-view', 'refused', 'NOT_LOG_MANAGER', 'none'],
      ['access-log-view', 'refused', 'NOT_LOG_MANAGER', 'none'],
      ['access-log-review', 'refused', 'NOT_LOG_MANAGER', 'none'],
      ['access-log-export', 'refused', 'NOT_LOG_MANAGER', 'none'],
    ]);
    expect(refused[0]?.patientBsn).toBe('999911120');
  });

  it("shows anyone their own recent actions, and nobody else's", () => {
    const views = setup();
    t.log.append(fullEvent('patient-search', 31, { actorUzi: clinician.person.uziNumber }));
    const own = views.ownRecent(clinician, 10);
    expect(own.map((e) => [e.eventType, e.actorUzi])).toEqual([
      ['patient-search', clinician.person.uziNumber],
    ]);
    expect(views.ownRecent(officer, 10)).toEqual([]);
  });
});
