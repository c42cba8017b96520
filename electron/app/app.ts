import { openAccessLog } from '../services/accesslog/openAccessLog';
import { startIntegrityCheck } from '../services/accesslog/integrity';
import { openHeadAnchor } from '../services/accesslog/headAnchor';
import { createLogViews } from '../services/accesslog/logViews';
import { createReview } from '../services/accesslog/review';
import { runRetention } from '../services/accesslog/retentionRun';
import { scheduleRetention } from '../services/accesslog/retentionSchedule';
import { protectedKeyStore, type KeyProtector } from '../services/keys/protectedKeyStore';
import { openDatabase } from '../services/db/database';
import { privateDir } from '../services/db/privateFiles';
import { createSessionService, type SessionService } from '../services/session/session';
import { ServiceError } from '../../shared/api/result';
import type { OperationName } from '../../shared/api/operations';
import { createPatientService } from '../services/patient/patientService';
import { createRecordsService } from '../services/records/recordsService';
import { createOutbox } from '../services/locumreport/outbox';
import {
  keyMissingMessage,
  outboxKeyFile,
  resolveOutboxKey,
} from '../services/locumreport/outboxKey';
import { createDraftShelf } from '../services/locumreport/draftShelf';
import { createLocumReportService, outboxLogger } from '../services/locumreport/locumReportService';
import { createTrainerService } from '../demo/trainer/trainerService';
import { wireSwitchpoint, type SwitchpointWiring } from './switchpointWiring';
import { locumReportChannel } from '../services/switchpoint/locumReportAdapter';
import { loadIcpcTable } from '../services/locumreport/icpcTable';
import { searchIcpc } from '../../shared/domain/icpc/icpc';
import type { Handlers } from '../services/dispatch';
import { demoIdentities } from '../demo/identities';
import { databaseFile, type Mode } from '../config/dataDir';
import { retentionYearsFromEnv } from '../config/retention';
import { readAuditForwarding } from '../config/auditForwarding';
import { wireAuditForwarding } from './auditForwardingWiring';
import { createCardSignIn, type CardSignIn } from '../services/session/cardSignIn';

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

/** What may still be called while the idle lock is on: nothing that shows a patient or the log. */
const openWhileLocked = new Set<OperationName>([
  'appInfo',
  'signOut',
  'sessionLock',
  'sessionUnlock',
  'accessLogIntegrity',
  // The lock parks the unsent draft sealed (it arrives as the lock closes the screen): storing it
  // shows nothing, and refusing it would lose the clinician's report.
  'locumDraftPark',
  // The card reader's state (holder, PIN state): no patient data.
  'cardStatus',
]);

/** Polls the screen makes on its own: they do not count as the person's activity. */
const polls = new Set<OperationName>(['appInfo', 'outboxStatus', 'accessLogIntegrity']);

/** The idle lock held by the services: every other operation is refused until unlock. */
function lockedOut(
  handlers: Handlers,
  session: SessionService,
  patients: { close(): unknown },
): Handlers {
  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [
      name,
      (input: never) => {
        if (session.isLocked()) {
          // Locked by the screen or by the services' own idle time: the open patient is forgotten.
          patients.close();
          if (!openWhileLocked.has(name as OperationName))
            throw new ServiceError('SESSION_LOCKED', 'The screen is locked; unlock first.');
        }
        if (!polls.has(name as OperationName)) session.touch();
        return (handler as (input: never) => unknown)(input);
      },
    ]),
  ) as Handlers;
}

/** Composes the services. Electron-given values arrive as options; nothing here imports Electron. */
export async function startApp(options: AppOptions): Promise<App> {
  const clock = options.clock ?? (() => new Date());
  const demo = options.mode === 'demo';
  // Configuration first: a wrong value stops the start before anything is opened.
  const retentionYears = options.retentionYears ?? retentionYearsFromEnv();
  privateDir(options.dataDir);
  const forwardingConfig = readAuditForwarding(options.dataDir);
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
  const anchor = log.key
    ? openHeadAnchor({
        db,
        chainKey: log.key,
        dataDir: options.dataDir,
        mode: options.mode,
        keyProtector: options.keyProtector,
        clock,
      })
    : null;
  const integrity = startIntegrityCheck(db, log.key, clock, undefined, anchor ?? undefined);
  void integrity.done.then((verdict) => {
    if (verdict.status === 'broken')
      console.error(`[schakel] the access log is not intact: ${verdict.reason ?? 'unknown'}`);
  });
  // The anchor follows the head between starts (only as a valid continuation of the last one).
  const anchorTimer = setInterval(() => anchor?.advance(), 5 * 60_000);
  anchorTimer.unref();
  const forwarding = wireAuditForwarding({
    db,
    dataDir: options.dataDir,
    mode: options.mode,
    config: forwardingConfig,
    integrityDone: integrity.done,
    clock,
  });
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

  const review = createReview(db, clock);
  const patients = createPatientService({
    log,
    directory: switchpoint.directory,
    session: session.require,
    clock,
    keepForReview: (entryId, note, by) =>
      review.update(
        { entryId, status: 'new', note: `Reden opgegeven bij "kan wil niet uiten": ${note}` },
        by,
      ),
  });
  const records = createRecordsService({
    log,
    patients,
    switchpoint: switchpoint.queries,
    session: session.require,
    clock,
  });

  const locumReports = locumReportChannel(switchpoint.clientForOrganisation);
  const outboxKeys = protectedKeyStore(
    outboxKeyFile(options.dataDir, options.mode),
    options.keyProtector,
  );
  const outboxKey = resolveOutboxKey(db, outboxKeys);
  if (outboxKey.kind === 'missing')
    console.error(
      `[schakel] ${keyMissingMessage(outboxKey.sealed)} (key file: ${outboxKey.location})`,
    );
  const outbox = createOutbox({
    db,
    key: outboxKey.kind === 'ready' ? outboxKey.key : null,
    keyMissingMessage:
      outboxKey.kind === 'missing' ? keyMissingMessage(outboxKey.sealed) : undefined,
    log: outboxLogger(log, session.current, demo),
    clock,
    send: locumReports.send,
  });
  const reports = createLocumReportService({
    outbox,
    patients,
    log,
    session: session.require,
    channel: locumReports,
  });
  outbox.start();
  const drafts = createDraftShelf();
  if (switchpoint.live) {
    card = createCardSignIn({
      session,
      modulePath: switchpoint.live.config.pkcs11ModulePath,
      trustAnchors: switchpoint.live.trustAnchors,
      organisation: {
        ura: switchpoint.live.config.organisation.ura,
        name: switchpoint.live.config.organisation.name,
        city: switchpoint.live.config.organisation.city,
      },
      clock,
      // The card was pulled: the open patient and its data are gone from memory at once.
      onRemoved: () => patients.close(),
    });
  }
  const icpc = loadIcpcTable(options.dataDir);
  const trainer = createTrainerService({
    simulator: switchpoint.simulator,
    clock,
    // A reset starts the lesson afresh: the client's outbox too (demo only: no simulator in live).
    onReset: switchpoint.simulator ? () => void outbox.clearForTraining() : undefined,
  });

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
      patients.endShift();
      drafts.clear();
      card?.end();
      return session.signOut();
    },
    sessionLock: () => {
      patients.close();
      return session.lock();
    },
    sessionUnlock: ({ pin }) => {
      if (demo) return session.unlock();
      // Live: the PIN of the pass in the reader, checked by the card; no PIN, no unlock.
      if (!card)
        throw new ServiceError('NOT_AUTHORISED', 'The live configuration is not complete.');
      if (!pin) throw new ServiceError('VALIDATION', 'Enter the PIN of your UZI pass to unlock.');
      return card.unlock({ pin });
    },
    accessLogRecent: ({ limit }) => views.ownRecent(session.require(), limit),
    accessLogIntegrity: () => integrity.current(),
    accessLogForwarding: () => {
      if (!session.require().logManager)
        throw new ServiceError('NOT_AUTHORISED', 'Only the access-log manager sees forwarding.');
      return forwarding.state();
    },
    accessLogSearch: (input) => views.search(session.require(), input),
    accessLogReviewQueue: (input) => views.reviewQueue(session.require(), input),
    accessLogReviewUpdate: (input) => views.reviewUpdate(session.require(), input),
    accessLogExport: (input) => views.export(session.require(), input),
    patientOpen: ({ bsn }) => patients.open(bsn),
    consentRecordVerbal: ({ bsn, answer, reason }) => patients.recordVerbal(bsn, answer, reason),
    consentAskAgain: ({ bsn }) => patients.askAgain(bsn),
    patientClose: () => patients.close(),
    recordsSummary: ({ bsn }) => records.summary(bsn),
    recordsMedication: ({ bsn }) => records.medication(bsn),
    recordsProgress: ({ bsn, category, since, waitMs }) =>
      records.progress(bsn, category, since, waitMs ?? 0),
    recordsPrint: ({ bsn, categories }) => records.logPrint(bsn, categories),
    locumReportSend: ({ bsn, draftId, draft }) => reports.send(bsn, draftId, draft),
    locumDraftPark: ({ bsn, draftId, state }) => drafts.park(session.holder(), bsn, draftId, state),
    locumDraftResume: ({ bsn }) => {
      patients.requireOpen(bsn);
      return drafts.take(session.require(), bsn);
    },
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
    handlers: lockedOut(handlers, session, patients),
    switchpoint,
    async close() {
      card?.close();
      retention.stop();
      clearInterval(anchorTimer);
      await outbox.stop();
      await integrity.done;
      anchor?.advance();
      await switchpoint.close();
      await forwarding.close();
      db.close();
    },
  };
}
