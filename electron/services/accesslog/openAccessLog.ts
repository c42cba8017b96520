import type { Db } from '../db/database';
import { createAccessLog, type AccessLog } from './accessLog';
import { accessPointOf } from './installation';
import { fileKeyStore, keyFileOf } from './keyFile';

/** The logging system's application id (NEN 7513 "identity of the logging system"). */
export const SYSTEM_ID = 'schakel';

/**
 * The access log as the app and the CLI open it: the key file and installation id from the data
 * directory, one key per database (demo and live never share one).
 */
export function openAccessLog(options: {
  db: Db;
  dataDir: string;
  mode: 'demo' | 'live';
  version: string;
  clock?: () => Date;
}): AccessLog {
  return createAccessLog({
    db: options.db,
    keys: fileKeyStore(keyFileOf(options.dataDir, options.mode)),
    accessPoint: accessPointOf(options.dataDir),
    system: { id: SYSTEM_ID, version: options.version },
    clock: options.clock,
  });
}
