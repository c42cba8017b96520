import { ServiceError } from '../../shared/api/result';
import type { Session } from '../../shared/api/schemas';
import type { Mode } from '../config/dataDir';
import { startEmbeddedSwitchpoint } from '../demo/embedded';
import type { Simulator } from '../demo/simulator/server';
import type { PatientDirectory, SwitchpointQueries } from '../services/patient/ports';
import { switchpointQueries } from '../services/switchpoint/queriesAdapter';
import { createSwitchpointClient, type SwitchpointClient } from '../services/switchpoint/client';
import type { Signer } from '../services/uzipass/signer';
import { checkLiveConfig, type LiveCheck, type LoadedLiveConfig } from '../services/liveconfig/liveConfig';

export interface SwitchpointWiring {
  directory: PatientDirectory;
  queries: SwitchpointQueries;
  /** The client with this organisation's system certificate. */
  clientForOrganisation(ura: string): SwitchpointClient;
  /** The embedded simulator in demo mode; null in live mode. */
  simulator: Simulator | null;
  /** Live mode: the configuration checklist (null in demo mode). */
  liveCheck: LiveCheck | null;
  /** Live mode with a complete configuration: what it says. */
  live: LoadedLiveConfig | null;
  close(): Promise<void>;
}

const notConfigured = () =>
  new ServiceError(
    'SWITCHPOINT_UNREACHABLE',
    'The live configuration is not complete: see the checklist (npm run cli -- live check).',
  );

/**
 * Which switchpoint the app talks to. Demo: the embedded simulator on loopback (only there).
 * Live: the configuration file (electron/config/liveConfig.ts) gives the endpoint, the system
 * certificate and the trust anchors; the person's card signs each query's token. A half
 * configuration starts nothing: every query says so and the app shows the checklist.
 */
export async function wireSwitchpoint(options: {
  mode: Mode;
  dataDir: string;
  /** Live mode: the signed-in person's card signer. */
  liveSigner?: () => Signer | null;
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
        (session: Session) => embedded.signerFor.mandateFor(session),
      ),
      clientForOrganisation: embedded.clientForOrganisation,
      simulator: embedded.simulator,
      liveCheck: null,
      live: null,
      close: embedded.close,
    };
  }
  // Live: never on a half configuration — the checklist is shown instead (liveCheck).
  const { loaded, ...liveCheck } = await checkLiveConfig(options.dataDir);
  const liveDirectory = {
    lookup: () => null,
    regimes: () => ({
      crisisOptIn: loaded?.config.regimes.crisis.active ?? false,
      regions: loaded?.config.regimes.region.active ?? false,
    }),
    regionsOf: () => [],
    knowsSources: false,
  };
  if (loaded) {
    const c = loaded.config;
    const client = createSwitchpointClient({
      endpoint: c.zimEndpoint,
      tls: { ...loaded.systemTls, ca: loaded.trustAnchorsPem },
      applicationId: c.applicationId,
      timeouts: c.timeouts,
    });
    const clientFor = (ura: string): SwitchpointClient => {
      if (ura !== c.organisation.ura)
        throw new ServiceError(
          'NOT_AUTHORISED',
          'This workstation is configured for another organisation.',
        );
      return client;
    };
    return {
      directory: liveDirectory,
      queries: switchpointQueries(
        (session: Session) => clientFor(session.organisation.ura),
        () => options.liveSigner?.() ?? null,
      ),
      clientForOrganisation: clientFor,
      simulator: null,
      liveCheck,
      live: loaded,
      close: async () => client.close(),
    };
  }
  const clientForOrganisation = (): SwitchpointClient => {
    throw notConfigured();
  };
  return {
    liveCheck,
    live: null,
    directory: liveDirectory,
    queries: switchpointQueries(clientForOrganisation),
    clientForOrganisation,
    simulator: null,
    close: async () => undefined,
  };
}
