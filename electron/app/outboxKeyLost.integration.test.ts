import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type App } from './app';
import { dispatch } from '../services/dispatch';
import { openDatabase } from '../services/db/database';
import { databaseFile } from '../config/dataDir';
import { protectedKeyStore } from '../services/keys/protectedKeyStore';
import { listSealed, markUnrecoverable, sealedCsv } from '../services/locumreport/outboxKey';
import { demoPatients } from '../demo/patients';
import { simulatedSources } from '../demo/sources/catalogue';
import type { Result } from '../../shared/api/result';

/** Issue 15 §4: a lost outbox key never silently becomes a new one while sealed reports wait. */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const bsn = demoPatients[0]?.bsn ?? '';
const draft = {
  contactType: { code: '03', codeSystem: '2.16.840.1.113883.2.4.4.30.14', display: 'Consult' },
  start: '2026-11-23T02:10:00+01:00',
  end: '2026-11-23T02:25:00+01:00',
  lines: [
    { type: 'S', text: 'Hoofdpijn sinds vanmiddag' },
    { type: 'E', text: 'Spanningshoofdpijn' },
    { type: 'P', text: 'Paracetamol zo nodig' },
  ],
  icpc: [{ code: 'N02', display: 'Spanningshoofdpijn' }],
  episodeProposal: null,
  medication: [],
  handOverNote: null,
  followUp: null,
};
const codeOf = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);

async function started(dataDir: string): Promise<App> {
  const app = await startApp({ dataDir, mode: 'demo', host: 'browser', version: 'test' });
  const simulator = app.switchpoint.simulator;
  if (!simulator) throw new Error('demo mode has a simulator');
  simulator.scenario.defaultLatencyMs = 0;
  for (const s of simulatedSources)
    if (s.kind === 'gp') simulator.scenario.receiver.set(s.id, 'reject');
  await dispatch(app.handlers, 'signInDemo', { identityId: 'hap-huisarts' });
  await dispatch(app.handlers, 'patientOpen', { bsn });
  return app;
}

describe('the outbox key lost while reports wait', () => {
  it('refuses to send or print, keeps the rows, makes no key, until the administrator marks them', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'schakel-keylost-'));
    dirs.push(dataDir);
    const keyFile = join(dataDir, 'keys', 'outbox-demo.key');
    const reportId = '1c9e0b3e-7a55-4c1e-9b57-2f4e0d6a8b01';

    let app = await started(dataDir);
    const sent = await dispatch(app.handlers, 'locumReportSend', { bsn, draftId: reportId, draft });
    expect(codeOf(sent)).toBe('ok');
    await app.close();
    rmSync(keyFile);

    app = await started(dataDir);
    const printed = await dispatch(app.handlers, 'outboxPrint', { reportId });
    expect(printed).toMatchObject({
      ok: false,
      error: { code: 'PRECONDITION', message: expect.stringMatching(/outbox key is missing/) },
    });
    expect(codeOf(await dispatch(app.handlers, 'outboxRetry', { reportId }))).toBe('PRECONDITION');
    const another = await dispatch(app.handlers, 'locumReportSend', {
      bsn,
      draftId: '1c9e0b3e-7a55-4c1e-9b57-2f4e0d6a8b02',
      draft,
    });
    expect(codeOf(another)).toBe('PRECONDITION');
    const status = await dispatch(app.handlers, 'outboxStatus', {});
    expect(status.ok && (status.value as { reports: { reportId: string }[] }).reports).toEqual([
      expect.objectContaining({ reportId }),
    ]);
    expect(existsSync(keyFile)).toBe(false);
    await app.close();

    // The administrator's recovery: export the list (to call the own GP), then mark explicitly.
    const db = openDatabase({ file: databaseFile(dataDir, 'demo') });
    const keys = protectedKeyStore(keyFile);
    const listed = listSealed(db);
    expect(listed).toEqual([expect.objectContaining({ reportId, patientBsn: bsn })]);
    expect(sealedCsv(listed)).toContain(bsn);
    const logged: string[] = [];
    markUnrecoverable(db, keys, {
      at: new Date(),
      by: 'beheerder test',
      log: (row) => logged.push(row.reportId),
    });
    expect(logged).toEqual([reportId]);
    expect(listSealed(db)).toEqual([]);
    db.close();

    app = await started(dataDir);
    expect(existsSync(keyFile)).toBe(true);
    const gone = await dispatch(app.handlers, 'outboxPrint', { reportId });
    expect(gone).toMatchObject({
      ok: false,
      error: { code: 'PRECONDITION', message: expect.stringMatching(/unrecoverable/) },
    });
    const fresh = await dispatch(app.handlers, 'locumReportSend', {
      bsn,
      draftId: '1c9e0b3e-7a55-4c1e-9b57-2f4e0d6a8b03',
      draft,
    });
    expect(codeOf(fresh)).toBe('ok');
    await app.close();
  }, 90_000);
});
