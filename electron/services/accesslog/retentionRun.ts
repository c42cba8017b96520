import { join } from 'node:path';
import type { Mode } from '../../config/dataDir';
import type { Db } from '../db/database';
import { ServiceError } from '../../../shared/api/result';
import type { AccessLog } from './accessLog';
import { archiveExpired, type RetentionResult } from './retention';
import { emptyDetails, systemFields } from './sessionFields';

/** The archive folder inside a data directory. */
export const archiveDirOf = (dataDir: string): string => join(dataDir, 'accesslog-archive');

/**
 * One retention run, as the app's schedule and `npm run cli -- log retention` both do it: archive
 * what has expired, then log that the installation did so (a system event, nobody acted).
 */
export function runRetention(deps: {
  db: Db;
  log: AccessLog;
  dataDir: string;
  mode: Mode;
  now: Date;
  years: number;
}): RetentionResult {
  if (!deps.log.key)
    throw new ServiceError('ACCESS_LOG_UNAVAILABLE', 'The access-log key is missing.');
  const result = archiveExpired({
    db: deps.db,
    key: deps.log.key,
    archiveDir: archiveDirOf(deps.dataDir),
    label: deps.mode,
    now: deps.now,
    years: deps.years,
  });
  if (result.archived > 0)
    deps.log.append({
      ...emptyDetails,
      ...systemFields(deps.mode === 'demo'),
      eventType: 'access-log-retention',
      dataCategory: 'access-log',
      outcome: 'success',
    });
  return result;
}
