import { join } from 'node:path';
import type { AuditForwardingConfig } from '../config/auditForwarding';
import { forwardingTargetOf } from '../config/auditForwarding';
import type { Mode } from '../config/dataDir';
import { startDemoAuditCollector, type DemoAuditCollector } from '../demo/auditCollector';
import { forwardingOff, type AccessLogForwarding } from '../../shared/api/forwarding';
import type { WriteDb } from '../services/db/database';
import { accessPointOf } from '../services/accesslog/installation';
import { startForwarder, type Forwarder } from '../services/accesslog/forwarding/forwarder';

export interface AuditForwardingWiring {
  state(): AccessLogForwarding;
  close(): Promise<void>;
}

/**
 * Forwarding of the access log (docs/accesslog.md §Forwarding), started once the start-up chain
 * check is done: to the collector of the `auditForwarding` section when it is enabled, or in demo
 * mode with SCHAKEL_DEMO_AUDIT_COLLECTOR=1 to the classroom collector (a file in the data
 * directory). Off otherwise.
 */
export function wireAuditForwarding(options: {
  db: WriteDb;
  dataDir: string;
  mode: Mode;
  config: AuditForwardingConfig | null;
  integrityDone: Promise<unknown>;
  env?: NodeJS.ProcessEnv;
  clock?: () => Date;
}): AuditForwardingWiring {
  const { config, mode, dataDir } = options;
  const env = options.env ?? process.env;
  const classroom = !config?.enabled && mode === 'demo' && env.SCHAKEL_DEMO_AUDIT_COLLECTOR === '1';
  if (!config?.enabled && !classroom) return { state: () => forwardingOff, close: async () => {} };

  let forwarder: Forwarder | null = null;
  let collector: DemoAuditCollector | null = null;
  let closed = false;
  let failure: string | null = null;
  const started = (async () => {
    await options.integrityDone;
    const target = config?.enabled
      ? forwardingTargetOf(dataDir, config)
      : (collector = await startDemoAuditCollector(join(dataDir, 'demo-central-audit.log'))).target;
    if (closed) return;
    forwarder = startForwarder({
      db: options.db,
      target,
      accessPoint: accessPointOf(dataDir),
      mode,
      checkpointEvery: config?.checkpoint.everyEntries ?? 100,
      checkpointMinutes: config?.checkpoint.everyMinutes ?? 1,
      amberAfterMinutes: config?.amberAfterMinutes ?? 5,
      clock: options.clock,
    });
  })().catch((error: unknown) => {
    // A certificate file that cannot be read: forwarding stays off, and says why.
    failure = (error as Error).message;
  });

  return {
    state: () =>
      forwarder?.state() ?? { ...forwardingOff, enabled: true, lastError: failure ?? 'starting' },
    async close() {
      closed = true;
      await started;
      await forwarder?.close();
      await collector?.close();
    },
  };
}
