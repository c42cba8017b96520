import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { createDemoPki } from '../demo/pki/demoPki';
import { demoOrganisations } from '../demo/pki/organisations';
import { createScenario } from '../demo/simulator/scenario';
import { startLoopbackHarness, type LoopbackHarness } from './loopbackHarness';
import { createSwitchpointClient } from '../services/switchpoint/client/switchpointClient';
import { SwitchpointCancelled, SwitchpointError } from '../services/switchpoint/client/errors';
import type { SourceEvent } from '../services/switchpoint/client/results';
import { must } from '../demo/must';

let h: LoopbackHarness;

beforeAll(async () => {
  h = await startLoopbackHarness({ scenario: { defaultLatencyMs: 5, sourceDeadlineMs: 400 } });
});
afterAll(async () => h.close());
beforeEach(() => {
  Object.assign(
    h.simulator.scenario,
    createScenario({ defaultLatencyMs: 5, sourceDeadlineMs: 400 }),
  );
});

async function failure(promise: Promise<unknown>): Promise<SwitchpointError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SwitchpointError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('consent and authorisation, end to end over mutual TLS', () => {
  it('consent everywhere: the GP summary and three pharmacies answer, nothing partial', async () => {
    const { client, requester } = h.clientFor('hap-huisarts');
    const summary = await client.querySummary('999990007', requester);
    expect(summary.data.results).toHaveLength(1);
    expect(summary.data.results[0]?.status).toBe('OK');
    expect(must(summary.data.results[0]?.summary).episodes.map((e) => e.icpc)).toContain('T90.02');
    const medication = await client.queryMedication('999990007', requester);
    expect(medication.sources.map((s) => s.status)).toEqual(['OK', 'OK', 'OK']);
    expect(medication.partial).toBe(false);
  });

  it('objection at the GP: no data from that source, while the consenting pharmacy answers', async () => {
    const { client, requester } = h.clientFor('hap-huisarts');
    const summary = await client.querySummary('999990020', requester);
    expect(summary.data.results).toEqual([]);
    const medication = await client.queryMedication('999990020', requester);
    expect(medication.sources).toHaveLength(1);
    expect(medication.data.sources[0]?.dispenses.length).toBeGreaterThan(0);
  });

  it('no choice recorded: nothing normally; the summary under the crisis regime (verbal yes recorded by the app)', async () => {
    const { client, requester } = h.clientFor('hap-huisarts');
    expect((await client.querySummary('999990019', requester)).data.results).toEqual([]);
    h.simulator.scenario.crisisRegime = true;
    const summary = await client.querySummary('999990019', requester);
    expect(summary.data.results[0]?.status).toBe('OK');
    expect(must(summary.data.results[0]?.summary).episodes.map((e) => e.icpc)).toContain('K77');
    // the crisis regime opens the summary only: the no-choice pharmacy stays closed
    expect((await client.queryMedication('999990019', requester)).sources).toEqual([]);
  });

  it('SEH physician: medication yes, the summary only under the crisis regime', async () => {
    const { client, requester } = h.clientFor('seh-arts');
    const medication = await client.queryMedication('999990111', requester);
    expect(medication.data.sources[0]?.dispenses.map((d) => d.product.display)).toContain(
      'ACENOCOUMAROL AURO TABLET 1MG',
    );
    const refused = await failure(client.querySummary('999990111', requester));
    expect(refused.code).toBe('NOT_AUTHORISED');
    expect(refused.correlationId).toMatch(/[0-9a-f-]{36}/);
    h.simulator.scenario.crisisRegime = true;
    expect((await client.querySummary('999990111', requester)).data.results[0]?.status).toBe('OK');
  });

  it('a pass without LSP access is refused', async () => {
    const { client, requester } = h.clientFor('pas-niet-op-naam');
    expect((await failure(client.querySummary('999990007', requester))).code).toBe(
      'NOT_AUTHORISED',
    );
    expect((await failure(client.queryMedication('999990007', requester))).code).toBe(
      'NOT_AUTHORISED',
    );
    expect(h.simulator.log.entries(1)[0]).toMatchObject({
      outcome: 'refused',
      reason: 'pass-without-lsp-access',
      reasonCode: 'pass-without-lsp-access', // the trainer panel words it
      bsn: '999990007',
    });
  });

  it('a triagist queries under the GP as overseer', async () => {
    const { client, requester } = h.clientFor('triagist');
    const summary = await client.querySummary('999990007', requester);
    expect(summary.data.results[0]?.status).toBe('OK');
    expect(h.simulator.log.entries(1)[0]).toMatchObject({
      author: { uzi: '900030003' },
      overseer: { uzi: '900010001', role: '01.015' },
    });
  });

  it('the region switch: a Haarlem practice is out of reach of the Amstelland post, not of the SEH in both regions', async () => {
    h.simulator.scenario.regions = true;
    const hap = h.clientFor('hap-huisarts');
    expect((await hap.client.querySummary('999990135', hap.requester)).data.results).toEqual([]);
    h.simulator.scenario.crisisRegime = true; // lets the SEH see summaries at all
    const seh = h.clientFor('seh-arts');
    expect(
      (await seh.client.querySummary('999990135', seh.requester)).data.results[0]?.status,
    ).toBe('OK');
  });

  it('ICA from the pharmacies: the penicillin intolerance and the contra-indication', async () => {
    const { client, requester } = h.clientFor('hap-huisarts');
    const ica = await client.queryIca('999990056', requester);
    expect(ica.data.conditions.map((c) => c.type).sort()).toEqual([
      'contra-indication',
      'intolerance',
    ]);
  });
});

describe('sources as they arrive', () => {
  it('a source that times out at the ZIM: partial result, marked, while the others arrive first', async () => {
    // A long deadline, so "the others arrive first" shows as a wide gap even on a busy machine.
    h.simulator.scenario.sourceDeadlineMs = 1500;
    const { client, requester } = h.clientFor('hap-huisarts');
    const started = performance.now();
    const arrivals: { event: SourceEvent; at: number }[] = [];
    const result = await client.queryMedication('999990032', requester, {
      onSource: (event) => arrivals.push({ event, at: performance.now() - started }),
    });
    expect(result.partial).toBe(true);
    expect(result.sources.map((s) => s.status).sort()).toEqual(['OK', 'OK', 'timeout']);
    const late = must(result.sources.find((s) => s.status === 'timeout'));
    expect(late.code).toBe('SOURCE_UNAVAILABLE');
    expect(late.source.name).toBe('Apotheek Uithoorn (demo)');
    expect(arrivals.map((a) => a.event.outcome.status)).toEqual(['OK', 'OK', 'timeout']);
    // the two that answered were delivered as they came, long before the ZIM's deadline for the third
    const [, second, third] = arrivals.map((a) => a.at);
    expect(third).toBeGreaterThanOrEqual(1490);
    expect(must(third) - must(second)).toBeGreaterThan(700);
  });

  it('a source error is reported per source, not as a failure of the whole query', async () => {
    const { client, requester } = h.clientFor('triagist');
    const result = await client.queryMedication('999990147', requester);
    expect(result.partial).toBe(true);
    expect(result.sources.map((s) => s.status).sort()).toEqual(['OK', 'error']);
  });

  it('stream() yields each source and then the result', async () => {
    const { client, requester } = h.clientFor('hap-huisarts');
    const events = [];
    for await (const e of client.stream('medication', '999990007', requester)) events.push(e.type);
    expect(events).toEqual(['source', 'source', 'source', 'done']);
  });
});

describe('TLS, timeouts, retries and cancellation', () => {
  it('refuses a client without a certificate at the TLS layer', async () => {
    const { client, requester } = h.clientFor('hap-huisarts', {
      tls: {
        cert: undefined as unknown as string,
        key: undefined as unknown as string,
        ca: h.pki.ca,
      },
    });
    expect((await failure(client.querySummary('999990007', requester))).code).toBe('TLS_FAILURE');
  });

  it('refuses a client whose certificate comes from another CA', async () => {
    const other = await createDemoPki({
      organisations: demoOrganisations(),
      caName: 'Some other CA',
    });
    const system = must(other.systems['90000111']);
    const { client, requester } = h.clientFor('hap-huisarts', {
      tls: { cert: system.cert, key: system.key, ca: h.pki.ca },
    });
    const error = await failure(client.querySummary('999990007', requester));
    expect(error.code, error.message).toBe('TLS_FAILURE');
    expect(error.retryable).toBe(false);
  });

  it('does not trust a switchpoint whose certificate is not under the configured trust anchors', async () => {
    const other = await createDemoPki({ organisations: [], caName: 'Untrusted anchor' });
    const { client, requester } = h.clientFor('hap-huisarts', {
      tls: { ...must(h.pki.systems['90000111']), ca: other.ca },
    });
    expect((await failure(client.querySummary('999990007', requester))).code).toBe('TLS_FAILURE');
  });

  it('an unreachable switchpoint: retried with backoff up to the cap, then SWITCHPOINT_UNREACHABLE', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const system = must(h.pki.systems['90000111']);
    const client = createSwitchpointClient({
      endpoint: `https://127.0.0.1:${port}/`,
      tls: { cert: system.cert, key: system.key, ca: h.pki.ca },
      applicationId: '900111',
      retry: { attempts: 3, baseDelayMs: 20, maxDelayMs: 40 },
    });
    const { requester } = h.clientFor('hap-huisarts');
    const started = performance.now();
    const error = await failure(client.querySummary('999990007', requester));
    expect(error.code).toBe('SWITCHPOINT_UNREACHABLE');
    expect(performance.now() - started).toBeGreaterThanOrEqual(20); // at least two backoff pauses (10 + 20 ms, halved with jitter)
    client.close();
  });

  it('a switchpoint that does not answer in time: SWITCHPOINT_TIMEOUT, not retried', async () => {
    h.simulator.scenario.sourceDeadlineMs = 5000;
    h.simulator.scenario.behaviour.set('apo-linde', { latencyMs: 3000, failure: 'none' });
    const { client, requester } = h.clientFor('hap-huisarts', { timeouts: { totalMs: 200 } });
    const before = h.simulator.log.entries(1000).length;
    const error = await failure(client.queryMedication('999990007', requester));
    expect(error.code).toBe('SWITCHPOINT_TIMEOUT');
    await new Promise((r) => setTimeout(r, 50));
    // one request reached the switchpoint (its log entry is written when the sources are done)
    expect(h.simulator.log.entries(1000).length - before).toBeLessThanOrEqual(1);
  });

  it('closing the patient cancels the request (AbortSignal)', async () => {
    h.simulator.scenario.sourceDeadlineMs = 5000;
    h.simulator.scenario.behaviour.set('apo-linde', { latencyMs: 4000, failure: 'none' });
    const { client, requester } = h.clientFor('hap-huisarts');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    await expect(
      client.queryMedication('999990007', requester, { signal: controller.signal }),
    ).rejects.toBeInstanceOf(SwitchpointCancelled);
    // well before the slow pharmacy's 4 s: the abort ended it, not the answer
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('sends the correlation id with the request; the LSP log keeps it', async () => {
    const { client, requester } = h.clientFor('hap-huisarts');
    const result = await client.querySummary('999990007', requester, { correlationId: 'corr-123' });
    expect(result.correlationId).toBe('corr-123');
    expect(h.simulator.log.entries(1)[0]).toMatchObject({
      correlationId: 'corr-123',
      category: 'summary',
      bsn: '999990007',
      outcome: 'answered',
    });
  });
});
