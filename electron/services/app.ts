import { createAccessLog } from './accesslog/accessLog';
import { openDatabase } from './db/database';
import { createSessionService } from './session/session';
import type { Handlers } from './dispatch';
import { demoIdentities } from '../demo/identities';
import { databaseFile, type Mode } from '../config/dataDir';

export interface AppOptions {
  dataDir: string;
  mode: Mode;
  host: 'electron' | 'browser';
  version: string;
  /** better-sqlite3 binding for this runtime, when it is not the default (Electron). */
  nativeBinding?: string;
  clock?: () => Date;
}

export interface App {
  handlers: Handlers;
  close(): void;
}

/** Composes the services. Electron-given values arrive as options; nothing here imports Electron. */
export function createApp(options: AppOptions): App {
  const clock = options.clock ?? (() => new Date());
  const db = openDatabase({
    file: databaseFile(options.dataDir, options.mode),
    nativeBinding: options.nativeBinding,
  });
  const log = createAccessLog(db, clock);
  const demo = options.mode === 'demo';
  const session = createSessionService({ log, demo, demoIdentities, clock });

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
    signOut: () => session.signOut(),
    accessLogRecent: ({ limit }) => {
      session.require();
      return log.recent(limit);
    },
  };

  return { handlers, close: () => db.close() };
}
