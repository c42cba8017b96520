import type { Db } from '../db/database';
import type { AccessLogIntegrity } from '../../../shared/api/schemas';
import { verifySteps, type VerifyResult } from './verify';

export interface IntegrityMonitor {
  current(): AccessLogIntegrity;
  /** Resolves when the check that started at construction is done (tests, CLI). */
  done: Promise<AccessLogIntegrity>;
}

/**
 * Verifies the chain at start in the background: one chunk per event-loop turn, so the app
 * answers while it runs. The renderer reads the verdict (operation accessLogIntegrity).
 */
export function startIntegrityCheck(
  db: Db,
  key: Buffer | null,
  clock: () => Date = () => new Date(),
  chunk = 5_000,
  /** The head anchor outside the database (headAnchor.ts): holds the verdict against it. */
  anchor?: { check(result: VerifyResult): VerifyResult },
): IntegrityMonitor {
  let state: AccessLogIntegrity = {
    status: 'checking',
    checkedEntries: 0,
    firstBrokenId: null,
    reason: null,
    checkedAt: null,
  };
  const done = new Promise<AccessLogIntegrity>((resolve) => {
    if (!key) {
      state = {
        ...state,
        status: 'key-missing',
        reason: 'the chain key is missing',
        checkedAt: clock().toISOString(),
      };
      return resolve(state);
    }
    const steps = verifySteps(db, key, chunk);
    const step = () => {
      try {
        const next = steps.next();
        if (!next.done) {
          state = { ...state, checkedEntries: next.value };
          setImmediate(step);
          return;
        }
        const r = anchor ? anchor.check(next.value) : next.value;
        state = {
          status: r.intact ? 'intact' : 'broken',
          checkedEntries: r.entries,
          firstBrokenId: r.firstBrokenId,
          reason: r.reason,
          checkedAt: clock().toISOString(),
        };
      } catch (error) {
        state = {
          ...state,
          status: 'broken',
          reason: `verification failed (${(error as Error).name})`,
          checkedAt: clock().toISOString(),
        };
      }
      resolve(state);
    };
    setImmediate(step);
  });
  return { current: () => state, done };
}
