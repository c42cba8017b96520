import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateDemoPki } from '../../demo/pki/store';
import { startSimulator, type Simulator } from '../../demo/simulator/server';
import { CliError } from '../command';
import { demo } from './demo';
import { query } from './query';

let dir: string;
let simulator: Simulator;
const previous = process.env.SCHAKEL_DATA_DIR;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'schakel-cli-'));
  process.env.SCHAKEL_DATA_DIR = dir;
  simulator = await startSimulator({
    pki: await loadOrCreateDemoPki(dir),
    scenario: { defaultLatencyMs: 0 },
  });
});
afterAll(async () => {
  await simulator.stop();
  if (previous === undefined) delete process.env.SCHAKEL_DATA_DIR;
  else process.env.SCHAKEL_DATA_DIR = previous;
  rmSync(dir, { recursive: true, force: true });
});

describe('cli: query and demo against a simulator, with the demo PKI from the data directory', () => {
  it('query medication prints the parsed answer with partial and the correlation id', async () => {
    const out = (await query.run([
      'medication',
      '--bsn',
      '999990032',
      '--endpoint',
      simulator.url,
    ])) as {
      kind: string;
      sources: { status: string }[];
      partial: boolean;
      correlationId: string;
    };
    expect(out.kind).toBe('medication');
    expect(out.sources).toHaveLength(3);
    expect(out.partial).toBe(true);
    expect(out.correlationId).toMatch(/-/);
  }, 15_000);

  it('query summary --as seh-arts is refused with NOT_AUTHORISED as a clear CLI error', async () => {
    const error = await Promise.resolve(
      query.run(['summary', '--bsn', '999990111', '--endpoint', simulator.url, '--as', 'seh-arts']),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toMatch(/^NOT_AUTHORISED/);
  });

  it('demo patients lists every patient with consent per source and the teaching goal', async () => {
    const list = (await demo.run(['patients'])) as {
      bsn: string;
      consent: { state: string }[];
      teaches: { nl: string };
    }[];
    expect(list.length).toBeGreaterThanOrEqual(12);
    expect(list.find((p) => p.bsn === '999990020')?.consent.map((c) => c.state)).toEqual([
      'objection',
      'consent',
    ]);
  });

  it('demo scenario and consent change the running simulator; demo lsp-log reads its log', async () => {
    await demo.run([
      'consent',
      '--bsn',
      '999990007',
      '--source',
      'hap-gp-amstelveen',
      '--state',
      'objection',
      '--endpoint',
      simulator.url,
    ]);
    const out = (await query.run([
      'summary',
      '--bsn',
      '999990007',
      '--endpoint',
      simulator.url,
    ])) as { results: unknown[] };
    expect(out.results).toEqual([]);
    const log = (await demo.run(['lsp-log', '--endpoint', simulator.url])) as {
      bsn: string;
      category: string;
    }[];
    expect(log[0]).toMatchObject({ bsn: '999990007', category: 'summary' });
    const state = (await demo.run(['scenario', '--crisis', 'on', '--endpoint', simulator.url])) as {
      crisisRegime: boolean;
    };
    expect(state.crisisRegime).toBe(true);
  });
});
