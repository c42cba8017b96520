import { ServiceError } from '../../shared/api/result';
import type { Session } from '../../shared/api/schemas';
import type { Mode } from '../config/dataDir';
import { startEmbeddedSwitchpoint } from '../demo/embedded';
import type { Simulator } from '../demo/simulator/server';
import type { PatientDirectory, SwitchpointQueries } from '../services/patient/ports';
import { switchpointQueries } from '../services/switchpoint/queriesAdapter';
import type { SwitchpointClient } from '../services/switchpoint/client';

export interface SwitchpointWiring {
  directory: PatientDirectory;
  queries: SwitchpointQueries;
  /** The client with this organisation's system certificate. */
  clientForOrganisation(ura: string): SwitchpointClient;
  /** The embedded simulator in demo mode; null in live mode. */
  simulator: Simulator | null;
  close(): Promise<void>;
}

const notConfigured = () =>
  new ServiceError(
    'SWITCHPOINT_UNREACHABLE',
    'No live switchpoint is configured on this workstation.',
  );

/**
 * Which switchpoint the app talks to. Demo: the embedded simulator on loopback (only there).
 * Live: needs an endpoint, the system certificate and trust anchors from the configuration file,
 * which this version does not read yet — every query says so instead of guessing.
 */
export async function wireSwitchpoint(options: {
  mode: Mode;
  dataDir: string;
}): Promise<SwitchpointWiring> {
  if (options.mode === 'demo') {
    const embedded = await startEmbeddedSwitchpoint({
      dataDir: options.dataDir,
      endpoint: process.env.SCHAKEL_DEMO_ENDPOINT,
    });
    return {
      directory: embedded.directory,
      queries: switchpointQueries(
        (session: Session) => embedded.clientForOrganisation(session.organisation.ura),
        (session: Session) => embedded.signerFor(session.person.uziNumber),
      ),
      clientForOrganisation: embedded.clientForOrganisation,
      simulator: embedded.simulator,
      close: embedded.close,
    };
  }
  const clientForOrganisation = (): SwitchpointClient => {
    throw notConfigured();
  };
  return {
    directory: {
      lookup: () => null,
      regimes: () => ({ crisisOptIn: false, regions: false }),
      regionsOf: () => [],
    },
    queries: switchpointQueries(clientForOrganisation),
    clientForOrganisation,
    simulator: null,
    close: async () => undefined,
  };
}
