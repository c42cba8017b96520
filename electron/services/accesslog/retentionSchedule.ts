import type { AccessLogIntegrity } from '../../../shared/api/schemas';
import type { RetentionResult } from './retention';

export const RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000;
export const RETENTION_FIRST_DELAY_MS = 5 * 60 * 1000;

export interface RetentionSchedule {
  /** The last run's outcome (null before the first). */
  last(): { at: string; result: RetentionResult | null; error: string | null } | null;
  stop(): void;
}

/**
 * Runs retention while the app runs: first a few minutes after start, then daily. A run waits for
 * the start-up chain check (moving entries away under a running walk would make it doubt the
 * chain) and never runs on a broken or unkeyed log: that needs the privacy officer, not an
 * automatic archive. A failed run is said on the console, kept for `last()` and tried again on
 * the next tick.
 */
export function scheduleRetention(deps: {
  run: () => RetentionResult;
  integrity: () => AccessLogIntegrity;
  clock: () => Date;
  firstDelayMs?: number;
  intervalMs?: number;
}): RetentionSchedule {
  const interval = deps.intervalMs ?? RETENTION_INTERVAL_MS;
  let last: ReturnType<RetentionSchedule['last']> = null;
  let timer: NodeJS.Timeout | null = null;

  const next = (ms: number) => {
    timer = setTimeout(tick, ms);
    timer.unref();
  };
  const tick = () => {
    const status = deps.integrity().status;
    if (status === 'checking') return next(Math.min(interval, 60_000));
    if (status === 'intact') {
      const at = deps.clock().toISOString();
      try {
        last = { at, result: deps.run(), error: null };
      } catch (error) {
        last = { at, result: null, error: error instanceof Error ? error.message : String(error) };
        // Identifiers and paths only, never log content; the next tick tries again.
        console.warn(`[schakel] access-log retention failed, will retry: ${last.error}`);
      }
    }
    next(interval);
  };
  next(deps.firstDelayMs ?? RETENTION_FIRST_DELAY_MS);

  return {
    last: () => last,
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
