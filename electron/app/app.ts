import { join } from 'node:path';
import { openAccessLog } from '../services/accesslog/openAccessLog';
import { startIntegrityCheck } from '../services/accesslog/integrity';
import { createLogViews } from '../services/accesslog/logViews';
import { runRetention } from '../services/accesslog/retentionRun';
import { scheduleRetention } from '../services/accesslog/retentionSchedule';
import { protectedKeyStore, type KeyProtector } from '../services/keys/protectedKeyStore';
import { openDatabase } from '../services/db/database';
import { createSessionService } from '../services/session/session';
import { createPatientService } from '../services/patient/patientService';
import { createRecordsService } from '../services/records/recordsService';
import { createOutbox } from '../services/locumreport/outbox';
import { createLocumReportService, outboxLogger } from '../services/locumreport/locumReportService';
import { createTrainerService } from '../demo/trainer/trainerService';
import { wireSwitchpoint, type SwitchpointWiring } from './switchpointWiring';
import { loadIcpcTable } from '../services/locumreport/icpcTable';
import { searchIcpc } from '../../shared/domain/icpc/icpc';
import type { Handlers } from '../services/dispatch';
import { demoIdentities } from '../demo/identities';
import { databaseFile, type Mode } from '../config/dataDir';
import { retentionYearsFromEnv } from '../config/retention';
import { createCardSignIn, type CardSignIn } from '../services/session/cardSignIn';
import { ServiceError } from '../../shared/api/result';

export interface AppOptions {
  dataDir: string;
  mode: Mode;
  host: 'electron' | 'browser';
  version: string;
  /** better-sqlite3 binding for this runtime, when it is not the default (Electron). */
  nativeBinding?: string;
  clock?: () => Date;
  /** The OS's protection for the outbox key (Electron safeStorage); a 0600 key file without. */
  keyProtector?: KeyProtector;
  /** Access-log retention in years; default SCHAKEL_LOG_RETENTION_YEARS or five. */
  retentionYears?: number;
}

export interface App {
  handlers: Handlers;
  /** The switchpoint the app talks to (the embedded simulator in demo mode). */
  switchpoint: SwitchpointWiring;
  close(): Promise<void>;
}

/** Composes the services. Electron-given values arrive as options; nothing here imports Electron. */
export async function startApp(options: AppOptions): Promise<App> {
  const clock = options.clock ?? (() => new Date());
  const demo = options.mode === 'demo';
  // Configuration first: a wrong value stops the start before anything is opened.
  const retentionYears = options.retentionYears ?? retentionYearsFromEnv();
  const db = openDatabase({
    file: databaseFile(options.dataDir, options.mode),
    nativeBinding: options.nativeBinding,
  });
  const log = openAccessLog({
    db,
    dataDir: options.dataDir,
    mode: options.mode,
    version: options.version,
    clock,
  });
  const integrity = startIntegrityCheck(db, log.key, clock);
  const retention = scheduleRetention({
    run: () =>
      runRetention({
        db,
        log,
        dataDir: options.dataDir,
        mode: options.mode,
        now: clock(),
        years: retentionYears,
      }),
    integrity: integrity.current,
    clock,
  });
  const views = createLogViews({ db, log, clock });
  const session = createSessionService({ log, demo, demoIdentities, clock });
  let card: CardSignIn | null = null;
  const switchpoint = await wireSwitchpoint({
    mode: options.mode,
    dataDir: options.dataDir,
    liveSigner: () => card?.signer() ?? null,
  });

  const patients = createPatientService({
    log,
    directory: switchpoint.directory,
    session: session.require,
    clock,
  });
  const records = createRecordsService({
    log,
    patients,
    switchpoint: switchpoint.queries,
    session: session.require,
    clock,
  });

  const outboxKeys = protectedKeyStore(
    join(options.dataDir, 'keys', `outbox-${options.mode}.key`),
    options.keyProtector,
  );
  const outbox = createOutbox({
    db,
    key: outboxKeys.load() ?? outboxKeys.create(),
    log: outboxLogger(log, session.current, demo),
    clock,
    // Retries run after sign-out too: the HAP's own system certificate sends, not the person.
    send: async (xml, { messageId, senderUra, signal }) =>
      (
        await switchpoint
          .clientForOrganisation(senderUra)
          .sendBuiltLocumReport({ xml, messageId }, { signal })
      ).ack,
  });
  const reports = createLocumReportService({
    outbox,
    patients,
    session: session.require,
    build: (report, s) =>
      switchpoint.clientForOrganisation(s.organisation.ura).buildLocumReport(report),
  });
  outbox.start();
  if (switchpoint.live) {
    card = createCardSignIn({
      session,
      modulePath: switchpoint.live.config.pkcs11ModulePath,
      trustAnchors: switchpoint.live.trustAnchors,
      organisation: {
        ura: switchpoint.live.config.organisation.ura,
        name: switchpoint.live.config.organisation.name,
      },
      clock,
      // The card was pulled: the open patient and its data are gone from memory at once.
      onRemoved: () => patients.close(),
    });
  }
  const icpc = loadIcpcTable(options.dataDir);
  const trainer = createTrainerService({ simulator: switchpoint.simulator, clock });

  const handlers: Handlers = {
    appInfo: () => ({
      name: 'Schakel',
      version: options.version,
      mode: options.mode,
      host: options.host,
      demoIdentities: demo ? demoIdentities : [],
      session: session.current(),
    }),
    signInDemo: ({ identityId }) => session.signInDemo(identityId),
    signOut: () => {
      patients.close();
      card?.end();
      return session.signOut();
    },
    sessionLock: () => {
      patients.close();
      return session.lock();
    },
    accessLogRecent: ({ limit }) => views.ownRecent(session.require(), limit),
    accessLogIntegrity: () => integrity.current(),
    accessLogSearch: (input) => views.search(session.require(), input),
    accessLogReviewQueue: (input) => views.reviewQueue(session.require(), input),
    accessLogReviewUpdate: (input) => views.reviewUpdate(session.require(), input),
    accessLogExport: (input) => views.export(session.require(), input),
    patientOpen: ({ bsn }) => patients.open(bsn),
    consentRecordVerbal: ({ bsn, answer, reason }) => patients.recordVerbal(bsn, answer, reason),
    patientClose: () => patients.close(),
    recordsSummary: ({ bsn }) => records.summary(bsn),
    recordsMedication: ({ bsn }) => records.medication(bsn),
    locumReportSend: ({ bsn, draftId, draft }) => reports.send(bsn, draftId, draft),
    outboxStatus: () => {
      session.require();
      return reports.status();
    },
    outboxRetry: ({ reportId }) => reports.retry(reportId),
    outboxPrint: ({ reportId }) => reports.print(reportId),
    icpcSearch: ({ query }) => searchIcpc(icpc, query),
    demoState: () => trainer.state(),
    demoControl: (action) => trainer.control(action),
    cardStatus: () =>
      card
        ? card.status()
        : {
            state: 'no-middleware' as const,
            card: null,
            message: demo
              ? 'Demo mode signs in with demo identities.'
              : 'The live configuration is not complete.',
          },
    signInWithCard: (input) => {
      if (!card)
        throw new ServiceError(
          'NOT_AUTHORISED',
          demo
            ? 'Demo mode signs in with demo identities.'
            : 'The live configuration is not complete.',
        );
      return card.signIn(input);
    },
    liveCheck: () =>
      switchpoint.liveCheck
        ? { mode: options.mode, ...switchpoint.liveCheck }
        : { mode: options.mode, file: '', complete: false, items: [] },
  };

  return {
    handlers,
    switchpoint,
    async close() {
      card?.close();
      retention.stop();
      await outbox.stop();
      await switchpoint.close();
      db.close();
    },
  };
}
