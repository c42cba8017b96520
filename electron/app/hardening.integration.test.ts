import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type App } from './app';
import { dispatch } from '../services/dispatch';
import { demoPatients } from '../demo/patients';
import { simulatedSources } from '../demo/sources/catalogue';
import type { PatientContext } from '../../shared/api/patientSchemas';
import type { OutboxEntryView } from '../../shared/api/reportSchemas';
import type { Result } from '../../shared/api/result';

/** Issue 15: print/retry authorised, demographics after the decision, draft ids, the idle lock. */
let app: App;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'schakel-hardening-'));
  app = await startApp({ dataDir, mode: 'demo', host: 'browser', version: 'test' });
  const simulator = app.switchpoint.simulator;
  if (!simulator) throw new Error('demo mode has a simulator');
  simulator.scenario.defaultLatencyMs = 0;
  // Every GP practice refuses (CE): the report stays in the outbox, content kept, printable.
  for (const s of simulatedSources)
    if (s.kind === 'gp') simulator.scenario.receiver.set(s.id, 'reject');
}, 60_000);
afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const run = (op: string, input: unknown): Promise<Result<unknown>> =>
  dispatch(app.handlers, op, input);
async function call<T>(op: string, input: unknown): Promise<T> {
  const result = await run(op, input);
  if (!result.ok) throw new Error(`${op}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}
const codeOf = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);

const S_LINE = 'Sinds gisteren koorts en pijn bij het plassen, geen flankpijn';
const draft = {
  contactType: { code: '03', codeSystem: '2.16.840.1.113883.2.4.4.30.14', display: 'Consult' },
  start: '2026-11-23T02:10:00+01:00',
  end: '2026-11-23T02:25:00+01:00',
  lines: [
    { type: 'S', text: S_LINE },
    { type: 'E', text: 'Ongecompliceerde urineweginfectie' },
    { type: 'P', text: 'Nitrofurantoïne 2 dd 100 mg, 5 dagen' },
  ],
  icpc: [{ code: 'U71', display: 'Cystitis' }],
  episodeProposal: null,
  medication: [],
  handOverNote: null,
  followUp: null,
};
const [first, second] = demoPatients;
const bsnA = first?.bsn ?? '';
const bsnB = second?.bsn ?? '';

async function sendAs(identityId: string, bsn: string, draftId: string) {
  await call('signInDemo', { identityId });
  await call('patientOpen', { bsn });
  const result = await run('locumReportSend', { bsn, draftId, draft });
  return result;
}

async function logTail(n: number) {
  await call('signOut', {});
  await call('signInDemo', { identityId: 'privacy-officer' });
  const page = await call<{
    entries: { eventType: string; actorUzi: string; outcome: string; reasonCode: string | null }[];
  }>('accessLogSearch', { limit: n });
  await call('signOut', {});
  return page.entries;
}

describe('print and retry are only for the author or a clinician of the same post (§1)', () => {
  const reportId = '6a1f6b57-2f0c-4b53-9d0f-3e8f5c9a1d01';
  beforeAll(async () => {
    const sent = await sendAs('hap-huisarts', bsnA, reportId);
    expect(codeOf(sent)).toBe('ok');
    await call('signOut', {});
  });

  it.each(['seh-arts', 'apotheker', 'pas-niet-op-naam', 'privacy-officer', 'triagist'])(
    '%s is refused print and retry, and each attempt is logged',
    async (identityId) => {
      await call('signInDemo', { identityId });
      const printed = await run('outboxPrint', { reportId });
      const retried = await run('outboxRetry', { reportId });
      expect(codeOf(printed)).toBe('NOT_AUTHORISED');
      expect(codeOf(retried)).toBe('NOT_AUTHORISED');
      expect(JSON.stringify(printed)).not.toContain(S_LINE);
      const uzi = (await call<{ session: { person: { uziNumber: string } } }>('appInfo', {}))
        .session.person.uziNumber;
      const entries = await logTail(10);
      const refused = entries.filter((e) => e.actorUzi === uzi && e.outcome === 'refused');
      expect(refused.map((e) => e.eventType).sort()).toEqual(['locum-report-send', 'print']);
      expect(refused.every((e) => e.reasonCode === 'NOT_AUTHORISED')).toBe(true);
    },
  );

  it('the author may print, once the practice has refused it', async () => {
    await call('signInDemo', { identityId: 'hap-huisarts' });
    await vi.waitFor(
      async () => {
        const status = await call<{ reports: { reportId: string; state: string }[] }>(
          'outboxStatus',
          {},
        );
        expect(status.reports.find((r) => r.reportId === reportId)?.state).toBe('rejected');
      },
      { timeout: 10_000, interval: 50 },
    );
    const printed = await call<{ report: { lines: { text: string }[] } }>('outboxPrint', {
      reportId,
    });
    expect(printed.report.lines[0]?.text).toBe(S_LINE);
    await call('signOut', {});
  });
});

describe('demographics only after the decision (§2)', () => {
  it.each(['privacy-officer', 'pas-niet-op-naam'])(
    '%s gets no name, birth date or own GP, and the refusal is logged',
    async (identityId) => {
      await call('signInDemo', { identityId });
      const opened = await run('patientOpen', { bsn: bsnA });
      expect(codeOf(opened)).toBe('NOT_AUTHORISED');
      const text = JSON.stringify(opened);
      expect(text).not.toContain(first?.person.family ?? '§');
      expect(text).not.toContain(first?.person.birthDate ?? '§');
      const uzi = (await call<{ session: { person: { uziNumber: string } } }>('appInfo', {}))
        .session.person.uziNumber;
      const entries = await logTail(10);
      expect(
        entries.find((e) => e.eventType === 'patient-search' && e.actorUzi === uzi),
      ).toMatchObject({ outcome: 'refused' });
    },
  );

  it('the GP and the triagist under the GP still see the patient', async () => {
    for (const identityId of ['hap-huisarts', 'triagist']) {
      await call('signInDemo', { identityId });
      const context = await call<PatientContext>('patientOpen', { bsn: bsnA });
      expect(context.patient?.family).toBe(first?.person.family);
      await call('signOut', {});
    }
  });
});

describe('a draft id reused for another patient (§3)', () => {
  it('is refused with CONFLICT and the second report can still be stored', async () => {
    const draftId = '6a1f6b57-2f0c-4b53-9d0f-3e8f5c9a1d02';
    expect(codeOf(await sendAs('hap-huisarts', bsnA, draftId))).toBe('ok');
    await call('patientOpen', { bsn: bsnB });
    const reused = await run('locumReportSend', { bsn: bsnB, draftId, draft });
    expect(codeOf(reused)).toBe('CONFLICT');
    // The same draft again for the same patient is still one report (double click).
    await call('patientOpen', { bsn: bsnA });
    const again = await run('locumReportSend', { bsn: bsnA, draftId, draft });
    expect(again.ok && (again.value as OutboxEntryView).bsn).toBe(bsnA);
    // The second patient's report, under a fresh id, is stored.
    await call('patientOpen', { bsn: bsnB });
    const fresh = await call<OutboxEntryView>('locumReportSend', {
      bsn: bsnB,
      draftId: '6a1f6b57-2f0c-4b53-9d0f-3e8f5c9a1d03',
      draft,
    });
    expect(fresh.bsn).toBe(bsnB);
    const status = await call<{ reports: OutboxEntryView[] }>('outboxStatus', {});
    expect(status.reports.filter((r) => r.reportId === draftId).map((r) => r.bsn)).toEqual([bsnA]);
    await call('signOut', {});
  });
});

describe('the idle lock on the server side (§8)', () => {
  it('refuses every operation but unlock and sign-out while locked', async () => {
    await call('signInDemo', { identityId: 'hap-huisarts' });
    await call('patientOpen', { bsn: bsnA });
    expect(await call('sessionLock', {})).toEqual({ locked: true });
    for (const [op, input] of [
      ['patientOpen', { bsn: bsnA }],
      ['recordsSummary', { bsn: bsnA }],
      ['outboxStatus', {}],
      ['accessLogRecent', { limit: 5 }],
      ['outboxPrint', { reportId: '6a1f6b57-2f0c-4b53-9d0f-3e8f5c9a1d01' }],
    ] as const)
      expect(codeOf(await run(op, input)), op).toBe('SESSION_LOCKED');
    const info = await call<{ session: unknown }>('appInfo', {});
    expect(info.session).toBeNull();
    expect(await call('sessionUnlock', {})).toEqual({ unlocked: true });
    // The patient was closed by the lock: open again.
    expect(codeOf(await run('recordsSummary', { bsn: bsnA }))).toBe('PRECONDITION');
    expect(codeOf(await run('patientOpen', { bsn: bsnA }))).toBe('ok');
    await call('signOut', {});
  });
});

describe('the services lock on their own after 15 idle minutes (§8 backstop)', () => {
  it('locks, logs the idle lock, and polls do not count as activity', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schakel-idle-'));
    let now = Date.parse('2026-11-23T02:00:00Z');
    const idleApp = await startApp({
      dataDir: dir,
      mode: 'demo',
      host: 'browser',
      version: 'test',
      clock: () => new Date(now),
    });
    try {
      const go = (op: string, input: unknown) => dispatch(idleApp.handlers, op, input);
      expect(codeOf(await go('signInDemo', { identityId: 'hap-huisarts' }))).toBe('ok');
      now += 14 * 60_000;
      expect(codeOf(await go('patientOpen', { bsn: bsnA }))).toBe('ok'); // activity: restarts
      now += 14 * 60_000;
      expect(codeOf(await go('outboxStatus', {}))).toBe('ok'); // a poll: does not restart
      now += 2 * 60_000;
      expect(codeOf(await go('outboxStatus', {}))).toBe('SESSION_LOCKED');
      expect(codeOf(await go('recordsSummary', { bsn: bsnA }))).toBe('SESSION_LOCKED');
      expect(await go('sessionUnlock', {})).toEqual({ ok: true, value: { unlocked: true } });
      // The patient was forgotten with the lock.
      expect(codeOf(await go('recordsSummary', { bsn: bsnA }))).toBe('PRECONDITION');
      const recent = await go('accessLogRecent', { limit: 3 });
      expect(recent.ok && (recent.value as { eventType: string }[])[0]?.eventType).toBe(
        'idle-lock',
      );
    } finally {
      await idleApp.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
