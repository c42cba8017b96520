import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type App } from '../app/app';
import { dispatch } from '../services/dispatch';
import type { DemoState } from '../../shared/api/demoSchemas';
import type { MedicationResult, PatientContext } from '../../shared/api/patientSchemas';
import type { Progress } from '../../shared/api/progressSchemas';
import Database from 'better-sqlite3';

/*
 * Each source as it arrives (issue 16 §5), through the real app, the real client and the
 * embedded simulator: three pharmacies answer at different delays; the fast one can be read
 * through recordsProgress while the slow one is still waiting, and its access was logged first.
 * No wall-clock budgets here: the order of events is what is asserted.
 */
const dirs: string[] = [];
const apps: App[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

async function call<T>(app: App, op: string, input: unknown): Promise<T> {
  const result = await dispatch(app.handlers, op, input);
  if (!result.ok) throw new Error(`${op}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** The medication-query entries as stored (sources and correlation id), read-only. */
function medicationEntries(dataDir: string): { sources: string[]; correlationId: string }[] {
  const db = new Database(join(dataDir, 'schakel-demo.sqlite'), { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT sources, correlation_id AS c FROM access_log WHERE event_type = 'medication-query' ORDER BY id`,
      )
      .all() as { sources: string; c: string }[];
    return rows.map((r) => ({
      sources: (JSON.parse(r.sources) as { ura: string }[]).map((s) => s.ura),
      correlationId: r.c,
    }));
  } finally {
    db.close();
  }
}

const JANSEN = '999990007'; // consent everywhere: GP and three pharmacies

describe('recordsProgress: each source as it arrives', () => {
  it('the fast pharmacy is readable (and logged) before the slow one has answered', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'schakel-progress-'));
    dirs.push(dataDir);
    const app = await startApp({ dataDir, mode: 'demo', host: 'browser', version: 'test' });
    apps.push(app);
    await call(app, 'signInDemo', { identityId: 'hap-huisarts' });
    const context = await call<PatientContext>(app, 'patientOpen', { bsn: JANSEN });
    const pharmacies = context.sources.filter((s) => s.kind === 'pharmacy').map((s) => s.source);
    expect(pharmacies).toHaveLength(3);
    const state = await call<DemoState>(app, 'demoState', {});
    const idOf = (ura: string | null) => state.sources.find((s) => s.ura === ura)?.id ?? '';
    const [fast, middle, slow] = pharmacies;
    const delays = [50, 400, 2_000];
    for (const [i, p] of pharmacies.entries())
      await call(app, 'demoControl', {
        action: 'setSource',
        sourceId: idOf(p.ura),
        latencyMs: delays[i],
      });

    let settled = false;
    const whole = call<MedicationResult>(app, 'recordsMedication', { bsn: JANSEN }).finally(
      () => (settled = true),
    );

    // Long-poll until the first part comes.
    let progress: Progress = { correlationId: null, parts: [], next: 0, done: false };
    for (let i = 0; i < 20 && progress.parts.length === 0; i++)
      progress = await call<Progress>(app, 'recordsProgress', {
        bsn: JANSEN,
        category: 'medication',
        since: progress.next,
        waitMs: 2_000,
      });
    expect(progress.parts[0]?.outcome.source.ura).toBe(fast?.ura);
    expect(progress.parts[0]?.medication?.dispenses.length).toBeGreaterThan(0);
    // The whole answer is still waiting for the slow pharmacy.
    expect(settled).toBe(false);
    expect(progress.done).toBe(false);
    // Logged before it could be read: one entry for exactly that source.
    expect(medicationEntries(dataDir)).toEqual([
      { sources: [fast?.ura], correlationId: progress.correlationId },
    ]);

    // The rest arrive in order of their delay; the whole answer agrees with the parts.
    const seen = [...progress.parts];
    let next = progress.next;
    while (seen.length < 3) {
      const more = await call<Progress>(app, 'recordsProgress', {
        bsn: JANSEN,
        category: 'medication',
        since: next,
        waitMs: 2_000,
      });
      seen.push(...more.parts);
      next = more.next;
      if (more.done && more.parts.length === 0) break;
    }
    expect(seen.map((p) => p.outcome.source.ura)).toEqual([fast?.ura, middle?.ura, slow?.ura]);
    const result = await whole;
    expect(result.medication.sources.map((s) => s.source.ura).sort()).toEqual(
      pharmacies.map((p) => p.ura).sort(),
    );
    // One entry per source, none twice: the whole answer added nothing that was logged already.
    const perSource = medicationEntries(dataDir)
      .flatMap((e) => e.sources)
      .sort();
    expect(perSource).toEqual(pharmacies.map((p) => p.ura).sort());

    // Closing the patient forgets the parts.
    await call(app, 'patientClose', {});
    await call(app, 'patientOpen', { bsn: JANSEN });
    const empty = await call<Progress>(app, 'recordsProgress', {
      bsn: JANSEN,
      category: 'medication',
      since: 0,
      waitMs: 0,
    });
    expect(empty).toEqual({ correlationId: null, parts: [], next: 0, done: true });
  }, 30_000);
});
