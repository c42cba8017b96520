import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryResult } from '../../shared/api/patientSchemas';
import Database from 'better-sqlite3';
import { startApp, type App } from '../app/app';
import { databaseFile } from '../config/dataDir';
import { LIVE_CONFIG_FILE } from '../services/liveconfig/liveConfig';
import {
  acceptanceLiveConfig,
  loadOrCreateAcceptancePki,
  type AcceptanceFiles,
} from '../demo/acceptance/acceptancePki';
import { startSimulator, type Simulator } from '../demo/simulator/server';
import { dispatch } from '../services/dispatch';
import { issuePassCertificates } from '../services/identity/passPki';
import { createSoftHsm, SOFTHSM_MODULE, type SoftHsm } from '../services/uzipass/testing/softhsm';

const PIN = '135790';
const BSN = '999990032';
let dataDir: string;
let files: AcceptanceFiles;
let simulator: Simulator;
let hsm: SoftHsm;
let app: App;

async function call<T>(op: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(app.handlers, op, input);
  if (!result.ok) throw Object.assign(new Error(`${op}: ${result.error.message}`), result.error);
  return result.value as T;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'schakel-live-'));
  files = await loadOrCreateAcceptancePki(dataDir);
  simulator = await startSimulator({ pki: files.pki, scenario: { defaultLatencyMs: 0 } });
  hsm = await createSoftHsm();
  const pass = await issuePassCertificates({
    ca: { cert: files.pki.ca, key: files.pki.caKey ?? '' },
    identityString: '2.16.528.1.1003.1.3.5.5.2-1-900010001-Z-90000111-01.015-01234567',
    subjectCN: 'dr. A.M. de Vries',
  });
  hsm.insertCard({ label: 'UZI-pas de Vries', pin: PIN, certificates: pass });
  writeFileSync(
    join(dataDir, LIVE_CONFIG_FILE),
    JSON.stringify(acceptanceLiveConfig(files, simulator.url, SOFTHSM_MODULE)),
  );
  app = await startApp({ dataDir, mode: 'live', host: 'browser', version: 'test' });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await simulator?.stop();
  hsm?.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('live mode against the acceptance LSP, with a SoftHSM pass', () => {
  it('offers no demo identity and refuses signInDemo', async () => {
    const info = await call<{ mode: string; demoIdentities: unknown[] }>('appInfo');
    expect(info).toMatchObject({ mode: 'live', demoIdentities: [] });
    await expect(call('signInDemo', { identityId: 'hap-huisarts' })).rejects.toMatchObject({
      code: 'NOT_AUTHORISED',
    });
    expect(await call<{ complete: boolean }>('liveCheck')).toMatchObject({ complete: true });
  });

  it('signs in with the card and PIN; the query carries a card-signed token the LSP accepts; a pulled card ends it', async () => {
    const status = await call<{ state: string; card: { holder: string } }>('cardStatus');
    expect(status).toMatchObject({ state: 'card', card: { holder: 'dr. A.M. de Vries' } });
    await expect(call('signInWithCard', { pin: '000000' })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    const session = await call<{ person: { uziNumber: string } }>('signInWithCard', { pin: PIN });
    expect(session.person.uziNumber).toBe('900010001');

    await call('patientOpen', { bsn: BSN });
    const summary = await call<SummaryResult>('recordsSummary', { bsn: BSN });
    // live: no directory; what the sources answer is what is shown
    expect(summary.sources.length).toBeGreaterThan(0);
    expect(summary.summary?.patient.bsn).toBe(BSN);
    const recent = await call<{ eventType: string; actorUzi: string | null }[]>('accessLogRecent', {
      limit: 10,
    });
    expect(recent.map((e) => e.eventType)).toEqual(
      expect.arrayContaining(['sign-in', 'patient-search', 'summary-query']),
    );
    expect(recent.every((e) => e.actorUzi === '900010001')).toBe(true);
    const lsp = simulator.log.entries(5).find((e) => e.interaction === 'QUPC_IN990001NL');
    expect(lsp).toMatchObject({ outcome: 'answered', author: { uzi: '900010001' } });

    hsm.removeCard('UZI-pas de Vries');
    await expect
      .poll(async () => (await call<{ session: unknown }>('appInfo')).session, { timeout: 5000 })
      .toBeNull();
    await expect(call('recordsSummary', { bsn: BSN })).rejects.toMatchObject({
      code: 'NOT_SIGNED_IN',
    });
  });
});

describe('live mode: the card pulled mid-query', () => {
  it('shows nothing and logs the query as aborted', async () => {
    const pass = await issuePassCertificates({
      ca: { cert: files.pki.ca, key: files.pki.caKey ?? '' },
      identityString: '2.16.528.1.1003.1.3.5.5.2-1-900010001-Z-90000111-01.015-01234567',
      subjectCN: 'dr. A.M. de Vries',
    });
    hsm.insertCard({ label: 'UZI-pas 2', pin: PIN, certificates: pass });
    await expect.poll(async () => (await call<{ state: string }>('cardStatus')).state).toBe('card');
    await call('signInWithCard', { pin: PIN });
    await call('patientOpen', { bsn: BSN });
    simulator.scenario.defaultLatencyMs = 4000;
    const pending = call('recordsSummary', { bsn: BSN }).then(
      () => 'shown',
      (error: { code?: string }) => error.code ?? 'failed',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    hsm.removeCard('UZI-pas 2');
    expect(await pending).not.toBe('shown');
    simulator.scenario.defaultLatencyMs = 0;
    const db = new Database(databaseFile(dataDir, 'live'), { readonly: true });
    try {
      const last = db
        .prepare(
          "SELECT outcome, reason_code AS reasonCode FROM access_log WHERE event_type = 'summary-query' ORDER BY id DESC LIMIT 1",
        )
        .get();
      expect(last).toEqual({ outcome: 'error', reasonCode: 'ABORTED' });
    } finally {
      db.close();
    }
  });
});

describe('live mode on a half configuration', () => {
  it('starts, shows the checklist and answers every query with "not configured"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schakel-live-half-'));
    writeFileSync(join(dir, LIVE_CONFIG_FILE), JSON.stringify({ zimEndpoint: 'https://zim/' }));
    const half = await startApp({ dataDir: dir, mode: 'live', host: 'browser', version: 'test' });
    try {
      const check = await dispatch(half.handlers, 'liveCheck', {});
      expect(check.ok && (check.value as { complete: boolean }).complete).toBe(false);
      const card = await dispatch(half.handlers, 'signInWithCard', { pin: '1234' });
      expect(card.ok).toBe(false);
    } finally {
      await half.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
