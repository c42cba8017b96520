import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type App } from '../app/app';
import { dispatch } from '../services/dispatch';
import type { DemoState } from '../../shared/api/demoSchemas';
import type { OutboxEntryView } from '../../shared/api/reportSchemas';
import type { PatientContext } from '../../shared/api/patientSchemas';

const dirs: string[] = [];
const apps: App[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

async function start(mode: 'demo' | 'live'): Promise<App> {
  const dataDir = mkdtempSync(join(tmpdir(), 'schakel-trainer-'));
  dirs.push(dataDir);
  const app = await startApp({ dataDir, mode, host: 'browser', version: 'test' });
  apps.push(app);
  return app;
}

async function call<T>(app: App, op: string, input: unknown): Promise<T> {
  const result = await dispatch(app.handlers, op, input);
  if (!result.ok) throw new Error(`${op}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

const draft = {
  contactType: { code: '04', codeSystem: '2.16.840.1.113883.2.4.4.30.14', display: 'Telefonisch' },
  start: '2026-11-23T02:10:00+01:00',
  end: '2026-11-23T02:20:00+01:00',
  lines: [
    { type: 'S', text: 'Sinds gisteren koorts en keelpijn' },
    { type: 'E', text: 'Waarschijnlijk virale bovenste luchtweginfectie' },
    { type: 'P', text: 'Paracetamol, terugbellen bij verergering' },
  ],
  icpc: [{ code: 'R74', display: 'Acute infectie bovenste luchtwegen' }],
  episodeProposal: { title: 'Bovenste luchtweginfectie', icpc: 'R74' },
  medication: [],
  handOverNote: null,
  followUp: null,
};

describe('trainer service (demoState, demoControl)', () => {
  it('refuses both operations in live mode', async () => {
    const app = await start('live');
    for (const [op, input] of [
      ['demoState', {}],
      ['demoControl', { action: 'reset' }],
    ] as const) {
      const result = await dispatch(app.handlers, op, input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('NOT_AUTHORISED');
    }
  });

  it('shows switches, sources, patients with goals, scenarios, the LSP log and inbox metadata', async () => {
    const app = await start('demo');
    const sim = app.switchpoint.simulator;
    if (!sim) throw new Error('demo has a simulator');
    sim.scenario.defaultLatencyMs = 0;
    const initial = await call<DemoState>(app, 'demoState', {});
    expect(initial.scenario).toMatchObject({ crisisRegime: false, regions: false });
    expect(initial.sources.find((s) => s.id === 'apo-linde')).toMatchObject({
      kind: 'pharmacy',
      ura: '90005001',
      failure: 'none',
      receiver: null,
    });
    // A case's fault for one patient shows at its source (Bakker: Apotheek Uithoorn times out).
    expect(initial.sources.find((s) => s.id === 'apo-uithoorn')?.patientFaults).toContainEqual({
      bsn: '999990032',
      patient: 'BAKKER, Pieter',
      failure: 'timeout',
    });
    expect(initial.sources.find((s) => s.id === 'apo-linde')?.patientFaults).toEqual([]);
    expect(initial.patients.length).toBeGreaterThanOrEqual(16);
    expect(initial.scenarios.length).toBeGreaterThanOrEqual(16);
    expect(initial.lspLog).toEqual([]);
    expect(initial.inbox).toEqual([]);

    await call(app, 'signInDemo', { identityId: 'hap-huisarts' });
    await call(app, 'patientOpen', { bsn: '999990007' });
    await call(app, 'recordsSummary', { bsn: '999990007' });
    const entry = await call<OutboxEntryView>(app, 'locumReportSend', {
      bsn: '999990007',
      draftId: '1b7f4c55-9a3e-4d61-8f2b-3c1d2e4f5a6b',
      draft,
    });
    let state = initial;
    for (let i = 0; i < 150 && state.inbox.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      state = await call<DemoState>(app, 'demoState', {});
    }
    expect(entry.reportId).toBeTruthy();
    expect(state.lspLog.map((e) => e.category)).toEqual(
      expect.arrayContaining(['summary', 'locum-report']),
    );
    expect(state.inbox).toHaveLength(1);
    expect(state.inbox[0]).toMatchObject({
      sourceId: 'hap-gp-amstelveen',
      ura: '90004001',
      items: [
        {
          bsn: '999990007',
          icpc: ['R74'],
          episodeProposal: 'R74 Bovenste luchtweginfectie',
          lineCount: 3,
        },
      ],
    });
    // Metadata only: the journal text is not in the trainer's view.
    expect(JSON.stringify(state)).not.toContain('koorts en keelpijn');

    // A reset also empties the client's outbox (issue 16 point 11): the next lesson starts clean.
    const before = await call<{ reports: unknown[] }>(app, 'outboxStatus', {});
    expect(before.reports).toHaveLength(1);
    await call(app, 'demoControl', { action: 'reset' });
    const after = await call<{ reports: unknown[]; counts: Record<string, number> }>(
      app,
      'outboxStatus',
      {},
    );
    expect(after.reports).toEqual([]);
    expect(after.counts).toEqual({ waiting: 0, delivered: 0, failed: 0 });
  }, 60_000);

  it('applies controls and scenarios to the simulator and resets everything in one action', async () => {
    const app = await start('demo');
    const sim = app.switchpoint.simulator;
    if (!sim) throw new Error('demo has a simulator');
    let state = await call<DemoState>(app, 'demoControl', {
      action: 'setRegimes',
      crisisRegime: true,
      regions: true,
    });
    expect(state.scenario).toMatchObject({ crisisRegime: true, regions: true });
    expect(sim.scenario.crisisRegime).toBe(true);

    state = await call(app, 'demoControl', {
      action: 'setSource',
      sourceId: 'apo-zuid',
      latencyMs: 900,
      failure: 'timeout',
    });
    expect(state.sources.find((s) => s.id === 'apo-zuid')).toMatchObject({
      latencyMs: 900,
      failure: 'timeout',
    });
    state = await call(app, 'demoControl', {
      action: 'setReceiver',
      sourceId: 'hap-gp-amstelveen',
      mode: 'reject',
    });
    expect(state.sources.find((s) => s.id === 'hap-gp-amstelveen')?.receiver).toBe('reject');
    state = await call(app, 'demoControl', {
      action: 'setConsent',
      bsn: '999990007',
      sourceId: 'hap-gp-amstelveen',
      state: 'objection',
    });
    expect(state.consentOverrides).toEqual([
      { bsn: '999990007', sourceId: 'hap-gp-amstelveen', state: 'objection' },
    ]);
    // The clinician side sees the override (same reference index).
    await call(app, 'signInDemo', { identityId: 'hap-huisarts' });
    const ctx = await call<PatientContext>(app, 'patientOpen', { bsn: '999990007' });
    expect(ctx.sources.find((s) => s.source.ura === '90004001')?.consent).toBe('objection');
    await call(app, 'recordsMedication', { bsn: '999990007' });

    const unknown = await dispatch(app.handlers, 'demoControl', {
      action: 'setSource',
      sourceId: 'apo-nergens',
      failure: 'error',
    });
    expect(unknown.ok ? null : unknown.error.code).toBe('VALIDATION');

    // A scenario starts from the start switches: the earlier overrides are gone.
    state = await call(app, 'demoControl', { action: 'applyScenario', scenarioId: 'region' });
    expect(state.activeScenarioId).toBe('region');
    expect(state.scenario).toMatchObject({ crisisRegime: false, regions: true });
    expect(state.consentOverrides).toEqual([]);
    expect(state.sources.find((s) => s.id === 'apo-zuid')?.failure).toBe('none');
    expect(state.lspLog.length).toBeGreaterThan(0); // the log stays across scenarios

    state = await call(app, 'demoControl', { action: 'reset' });
    expect(state.activeScenarioId).toBeNull();
    expect(state.scenario).toMatchObject({ crisisRegime: false, regions: false });
    expect(state.lspLog).toEqual([]);
    expect(state.inbox).toEqual([]);
    expect(
      sim.scenario.behaviour.size + sim.scenario.receiver.size + sim.scenario.consent.size,
    ).toBe(0);
  }, 60_000);

  it('every scenario names a known identity and applies cleanly', async () => {
    const app = await start('demo');
    const { scenarios } = await call<DemoState>(app, 'demoState', {});
    for (const s of scenarios) {
      const state = await call<DemoState>(app, 'demoControl', {
        action: 'applyScenario',
        scenarioId: s.id,
      });
      expect(state.activeScenarioId).toBe(s.id);
      expect(state.scenario.crisisRegime).toBe(s.settings.crisisRegime ?? false);
      expect(state.scenario.regions).toBe(s.settings.regions ?? false);
      expect(s.teaches.nl.length).toBeGreaterThan(20);
      expect(s.teaches.en.length).toBeGreaterThan(20);
    }
    const bad = await dispatch(app.handlers, 'demoControl', {
      action: 'applyScenario',
      scenarioId: 'no-such-scenario',
    });
    expect(bad.ok ? null : bad.error.code).toBe('NOT_FOUND');
  }, 60_000);
});
