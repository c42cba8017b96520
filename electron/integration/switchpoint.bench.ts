import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { percentile, round, type Figure } from '../bench/figure';
import { demoIdentities } from '../demo/identities';
import { loadOrCreateDemoPki } from '../demo/pki/store';
import { startLoopbackHarness } from './loopbackHarness';
import { requesterFor } from '../services/switchpoint/client/requester';
import { createSwitchpointClient } from '../services/switchpoint/client/switchpointClient';
import { createTlsAgent, postSoap } from '../services/switchpoint/client/transport';
import { hl7Codec } from '../services/switchpoint/hl7';
import { must } from '../demo/must';

const SMALL = '999990007'; // consent everywhere: GP + three pharmacies
const LARGE = '999990093'; // 300 contacts, 30 episodes, 180 dispenses at three pharmacies

/**
 * End to end through the simulator on loopback, real mutual TLS: summary + medication together
 * (as the patient screen asks them) for a small and a large patient, simulated source latency 0;
 * then throughput with 50 concurrent clients. Bounded loops only.
 */
export default async function bench(): Promise<Figure[]> {
  const h = await startLoopbackHarness({
    scenario: { defaultLatencyMs: 0, sourceDeadlineMs: 5000 },
  });
  const figures: Figure[] = [];
  try {
    const { client, requester } = h.clientFor('hap-huisarts');
    for (const [label, bsn] of [
      ['small', SMALL],
      ['large', LARGE],
    ] as const) {
      for (let i = 0; i < 20; i++)
        await Promise.all([
          client.querySummary(bsn, requester),
          client.queryMedication(bsn, requester),
        ]);
      const times: number[] = [];
      for (let i = 0; i < 200; i++) {
        const t0 = performance.now();
        const [summary, medication] = await Promise.all([
          client.querySummary(bsn, requester),
          client.queryMedication(bsn, requester),
        ]);
        times.push(performance.now() - t0);
        if (summary.partial || medication.partial)
          throw new Error('unexpected partial answer in the benchmark');
      }
      for (const p of [50, 95, 99] as const) {
        const value = round(percentile(times, p));
        figures.push({
          area: 'switchpoint',
          name: `summary+medication ${label} patient p${p}`,
          value,
          unit: 'ms',
          ...(label === 'large' && p === 95
            ? { budget: '< 150 ms', withinBudget: value < 150 }
            : {}),
          note: 'loopback, mutual TLS, simulated source latency 0, 200 runs',
        });
      }
    }
  } finally {
    await h.close();
  }
  figures.push(...(await throughput()));
  return figures;
}

/**
 * Throughput as a classroom runs it: the simulator in its own process (`npm run switchpoint`,
 * latency 0), 50 clients with their own TLS connections in this one, 40 queries each.
 */
async function throughput(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-bench-'));
  const pki = await loadOrCreateDemoPki(dir);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/demo/main.ts', '--port', '0', '--latency', '0'],
    {
      env: { ...process.env, SCHAKEL_DATA_DIR: dir },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: must(child.stdout) });
      lines.once('line', resolve);
      child.once('exit', () =>
        reject(new Error('the simulator stopped before printing its endpoint')),
      );
    });
    const identity = must(demoIdentities.find((i) => i.id === 'hap-huisarts'));
    const system = must(pki.systems[identity.organisation.ura]);
    const requester = requesterFor(identity);
    // End to end with the full client (build, send, parse every answer): bounded by this process.
    const clients = Array.from({ length: 50 }, () =>
      createSwitchpointClient({
        endpoint: url,
        tls: { cert: system.cert, key: system.key, ca: pki.ca },
        applicationId: '900111',
      }),
    );
    await Promise.all(clients.map((c) => c.queryMedication(SMALL, requester)));
    const perClient = 40;
    let t0 = performance.now();
    await Promise.all(
      clients.map(async (c) => {
        for (let i = 0; i < perClient; i++) await c.queryMedication(SMALL, requester);
      }),
    );
    const endToEnd = round((clients.length * perClient) / ((performance.now() - t0) / 1000), 0);
    clients.forEach((c) => c.close());

    // The simulator's own capacity: 50 connections sending real queries (built by the codec) and
    // reading every answer to the end; each answer is checked for three OK pharmacies, and one
    // in ten is parsed in full.
    const agents = Array.from({ length: 50 }, () =>
      createTlsAgent({ cert: system.cert, key: system.key, ca: pki.ca }, 1),
    );
    // one query built per connection up front, so that the load generator's CPU goes to sending and reading
    const messages = agents.map(() =>
      hl7Codec.buildMedicationQuery({
        bsn: SMALL,
        author: requester.author,
        overseer: requester.overseer,
        senderApplicationId: '900111',
      }),
    );
    const send = async (agent: (typeof agents)[number], n: number) => {
      const message = must(messages[n % messages.length]);
      const reply = await postSoap(agent, {
        url: new URL(url),
        body: message.xml,
        soapAction: 'urn:hl7-org:v3/QURX_IN990111NL',
        correlationId: `bench-${n}`,
        connectTimeoutMs: 5000,
        totalTimeoutMs: 30000,
      });
      const ok = reply.text.split('queryResponseCode code="OK"').length - 1;
      if (reply.status !== 200 || ok !== 3)
        throw new Error(`unexpected answer (${reply.status}, ${ok} OK)`);
      if (n % 10 === 0) {
        const parsed = hl7Codec.parseResponse(reply.text, { expected: 'medication' });
        if (parsed.kind !== 'medication' || parsed.sources.length !== 3)
          throw new Error('unexpected parsed answer');
      }
    };
    await Promise.all(agents.map((a, i) => send(a, i)));
    t0 = performance.now();
    await Promise.all(
      agents.map(async (a, i) => {
        for (let k = 0; k < perClient; k++) await send(a, i + k * agents.length);
      }),
    );
    const qps = round((agents.length * perClient) / ((performance.now() - t0) / 1000), 0);
    agents.forEach((a) => a.destroy());
    return [
      {
        area: 'switchpoint',
        name: 'simulator throughput, 50 concurrent connections (medication, small patient)',
        value: qps,
        unit: 'queries/s',
        budget: '≥ 500 queries/s',
        withinBudget: qps >= 500,
        note: `${agents.length * perClient} queries, 3 pharmacies each; simulator in its own process; answers checked, 1 in 10 parsed`,
      },
      {
        area: 'switchpoint',
        name: 'end to end, 50 concurrent full clients in one process (medication, small patient)',
        value: endToEnd,
        unit: 'queries/s',
        note: 'client build + TLS + simulator + full parse of every answer; bounded by the load process on this machine',
      },
    ];
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
