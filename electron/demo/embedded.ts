import { ServiceError } from '../../shared/api/result';
import { createSwitchpointClient, type SwitchpointClient } from '../services/switchpoint/client';
import { DEMO_APPLICATION_ID } from './pki/organisations';
import { assertDemoEndpoint } from '../services/switchpoint/endpointGuard';
import { loadOrCreateDemoPki } from './pki/store';
import { startSimulator, type Simulator } from './simulator/server';
import type { ScenarioOptions } from './simulator/scenario';
import { demoDirectory } from './demoDirectory';
import { createDemoSigners, type DemoSigners } from './pki/passSigners';

export interface EmbeddedSwitchpoint {
  simulator: Simulator;
  directory: ReturnType<typeof demoDirectory>;
  /** A client for an organisation (URA), with its demo system certificate. */
  clientForOrganisation(ura: string): SwitchpointClient;
  /** The demo identities' token signers (software keys under the demo CA). */
  signerFor: DemoSigners;
  close(): Promise<void>;
}

/**
 * The simulator's starting switches, read once at start (demo only; tests and trainers set them
 * until the trainer panel can): `SCHAKEL_DEMO_CRISIS=1` turns the crisis regime on,
 * `SCHAKEL_DEMO_LATENCY_MS=<n>` sets every source's default answer latency.
 */
export function scenarioFromEnvironment(env: NodeJS.ProcessEnv): ScenarioOptions {
  const options: ScenarioOptions = {};
  if (env.SCHAKEL_DEMO_CRISIS === '1') options.crisisRegime = true;
  const latency = env.SCHAKEL_DEMO_LATENCY_MS;
  if (latency !== undefined && /^\d{1,6}$/.test(latency))
    options.defaultLatencyMs = Number(latency);
  return options;
}

/**
 * Demo mode: the switchpoint simulator on an ephemeral loopback port, and clients that may reach
 * nothing else (endpointGuard). `endpoint` exists for the test that proves the guard.
 */
export async function startEmbeddedSwitchpoint(options: {
  dataDir: string;
  endpoint?: string;
  timeoutMs?: number;
}): Promise<EmbeddedSwitchpoint> {
  const pki = await loadOrCreateDemoPki(options.dataDir);
  const signers = createDemoSigners(pki);
  const simulator = await startSimulator({
    port: 0,
    host: '127.0.0.1',
    pki,
    scenario: scenarioFromEnvironment(process.env),
  });
  const endpoint = options.endpoint ?? simulator.url;
  const clients = new Map<string, SwitchpointClient>();
  const signerFor = await signers;
  return {
    simulator,
    signerFor,
    directory: demoDirectory(simulator.scenario),
    clientForOrganisation(ura) {
      assertDemoEndpoint(endpoint);
      const existing = clients.get(ura);
      if (existing) return existing;
      const system = pki.systems[ura];
      if (!system)
        throw new ServiceError(
          'NOT_AUTHORISED',
          'This organisation has no demo system certificate.',
        );
      const client = createSwitchpointClient({
        endpoint,
        tls: { cert: system.cert, key: system.key, ca: pki.ca },
        applicationId: DEMO_APPLICATION_ID,
        timeouts: { totalMs: options.timeoutMs ?? 10_000 },
      });
      clients.set(ura, client);
      return client;
    },
    async close() {
      for (const client of clients.values()) client.close();
      await simulator.stop();
    },
  };
}
