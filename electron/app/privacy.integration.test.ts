import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type App } from './app';
import { dispatch } from '../services/dispatch';
import { openDatabase } from '../services/db/database';
import { databaseFile } from '../config/dataDir';
import { databaseText } from '../services/accesslog/databaseText';
import { demoPatients } from '../demo/patients';
import type {
  MedicationResult,
  PatientContext,
  SummaryResult,
} from '../../shared/api/patientSchemas';
import type { OutboxEntryView } from '../../shared/api/reportSchemas';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function call<T>(app: App, op: string, input: unknown): Promise<T> {
  const result = await dispatch(app.handlers, op, input);
  if (!result.ok) throw new Error(`${op}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** Every piece of clinical text the app was shown, long enough not to match by chance. */
function clinicalStrings(summary: SummaryResult, medication: MedicationResult): string[] {
  const s = summary.summary;
  const texts = [
    ...(s?.episodes.map((e) => e.title) ?? []),
    ...(s?.contacts.flatMap((c) => c.lines.map((l) => l.text)) ?? []),
    ...(s?.attentionNotes.map((n) => n.text) ?? []),
    ...(s?.treatmentLimits.map((t) => t.text) ?? []),
    ...(s?.prescriptions.flatMap((p) => [p.product.display, p.dosageText]) ?? []),
    ...(s?.contraIndications.map((c) => c.display) ?? []),
    ...(s?.intolerances.map((c) => c.display) ?? []),
    ...medication.medication.sources.flatMap((src) =>
      src.dispenses.flatMap((d) => [d.product.display, d.dosageText]),
    ),
    ...(medication.ica?.conditions.map((c) => c.display) ?? []),
  ];
  return texts
    .filter((t): t is string => typeof t === 'string' && t.trim().length >= 8)
    .map((t) => t.trim());
}

describe('privacy by construction', () => {
  it('the whole demo flow leaves no clinical string in the database file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'schakel-privacy-'));
    dirs.push(dataDir);
    const app = await startApp({ dataDir, mode: 'demo', host: 'browser', version: 'test' });
    const simulator = app.switchpoint.simulator;
    if (!simulator) throw new Error('demo mode has a simulator');
    // Open every door: the crisis regime serves no-choice summaries after a verbal yes.
    simulator.scenario.crisisRegime = true;
    simulator.scenario.defaultLatencyMs = 0;
    simulator.scenario.sourceDeadlineMs = 500;

    const seen = new Set<string>();
    await call(app, 'signInDemo', { identityId: 'hap-huisarts' });
    for (const patient of demoPatients) {
      const context = await call<PatientContext>(app, 'patientOpen', { bsn: patient.bsn });
      if (context.verbalQuestionApplies)
        await call(app, 'consentRecordVerbal', { bsn: patient.bsn, answer: 'yes', reason: null });
      const summary = await call<SummaryResult>(app, 'recordsSummary', { bsn: patient.bsn });
      const medication = await call<MedicationResult>(app, 'recordsMedication', {
        bsn: patient.bsn,
      });
      for (const text of clinicalStrings(summary, medication)) seen.add(text);
    }

    // A locum report, sent and acknowledged, with text of its own.
    const bsn = demoPatients[0]?.bsn ?? '';
    await call(app, 'patientOpen', { bsn });
    const sLine = 'Sinds vannacht pijn op de borst, uitstralend naar de linkerarm';
    const entry = await call<OutboxEntryView>(app, 'locumReportSend', {
      bsn,
      draftId: '0b7f4c55-9a3e-4d61-8f2b-3c1d2e4f5a6b',
      draft: {
        contactType: { code: '01', codeSystem: '2.16.840.1.113883.2.4.4.30.14', display: 'Visite' },
        start: '2026-11-23T02:10:00+01:00',
        end: '2026-11-23T02:40:00+01:00',
        lines: [
          { type: 'S', text: sLine },
          { type: 'E', text: 'Verdenking acuut coronair syndroom' },
          { type: 'P', text: 'Ambulance A1 ingezet, aspirine 300 mg gegeven' },
        ],
        icpc: [{ code: 'K75', display: 'Acuut myocardinfarct' }],
        episodeProposal: { title: 'Verdenking acuut coronair syndroom', icpc: 'K75' },
        medication: [],
        handOverNote: 'Graag morgen contact met echtgenote opnemen',
        followUp: null,
      },
    });
    for (
      let i = 0;
      i < 150 &&
      (await call<{ counts: { delivered: number } }>(app, 'outboxStatus', {})).counts.delivered < 1;
      i++
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(
      (await call<{ reports: OutboxEntryView[] }>(app, 'outboxStatus', {})).reports[0],
    ).toMatchObject({ reportId: entry.reportId, state: 'delivered' });
    for (const text of [
      sLine,
      'Verdenking acuut coronair syndroom',
      'Ambulance A1 ingezet',
      'Graag morgen contact met echtgenote',
    ])
      seen.add(text);

    await call(app, 'signOut', {});
    await app.close();

    expect(seen.size).toBeGreaterThan(100); // the scan is not vacuous
    const file = databaseFile(dataDir, 'demo');
    const db = openDatabase({ file });
    const text = databaseText(db, file);
    db.close();
    const found = [...seen].filter((s) => text.includes(s));
    expect(found).toEqual([]);
    // And the log did record the flow.
    expect(text).toContain('summary-query');
    expect(text).toContain('locum-report-acknowledgement');
  }, 120_000);
});
