import { demoIdentities } from '../demo/identities';
import { createDemoPki, type DemoPki } from '../demo/pki/demoPki';
import { DEMO_APPLICATION_ID, demoOrganisations } from '../demo/pki/organisations';
import { startSimulator, type Simulator, type SimulatorOptions } from '../demo/simulator/server';
import { createDemoSigners, type DemoSigners } from '../demo/pki/passSigners';
import { requesterFor, type Requester } from '../services/switchpoint/client/requester';
import {
  createSwitchpointClient,
  type SwitchpointClient,
  type SwitchpointClientConfig,
} from '../services/switchpoint/client/switchpointClient';

/**
 * A simulator on an ephemeral loopback port and clients for the demo identities, for the
 * integration tests and the benchmark. Real TLS, real sockets, nothing mocked.
 */
export interface LoopbackHarness {
  pki: DemoPki;
  simulator: Simulator;
  /** The demo identities' token signers. */
  signerFor: DemoSigners;
  clientFor(
    identityId: string,
    overrides?: Partial<SwitchpointClientConfig>,
  ): { client: SwitchpointClient; requester: Requester };
  close(): Promise<void>;
}

export async function startLoopbackHarness(
  options: Omit<SimulatorOptions, 'pki'> & { pki?: DemoPki } = {},
): Promise<LoopbackHarness> {
  const pki = options.pki ?? (await createDemoPki({ organisations: demoOrganisations() }));
  const simulator = await startSimulator({ ...options, pki, host: '127.0.0.1', port: 0 });
  const signerFor = await createDemoSigners(pki);
  const clients: SwitchpointClient[] = [];
  return {
    pki,
    simulator,
    signerFor,
    clientFor(identityId, overrides = {}) {
      const identity = demoIdentities.find((i) => i.id === identityId);
      if (!identity) throw new Error(`no demo identity ${identityId}`);
      const system = pki.systems[identity.organisation.ura];
      if (!system) throw new Error(`no system certificate for ${identity.organisation.ura}`);
      const client = createSwitchpointClient({
        endpoint: simulator.url,
        tls: { cert: system.cert, key: system.key, ca: pki.ca },
        applicationId: DEMO_APPLICATION_ID,
        ...overrides,
      });
      clients.push(client);
      return {
        client,
        requester: requesterFor(
          identity,
          signerFor(identity.person.uziNumber),
          signerFor.mandateFor(identity),
        ),
      };
    },
    async close() {
      clients.forEach((c) => c.close());
      await simulator.stop();
    },
  };
}
