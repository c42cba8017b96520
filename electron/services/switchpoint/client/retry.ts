import { SwitchpointCancelled, SwitchpointError } from './errors';

export interface RetryPolicy {
  /** Attempts in all, including the first. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 200, maxDelayMs: 2000 };

function pause(ms: number, signal: AbortSignal | undefined, correlationId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new SwitchpointCancelled(correlationId));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new SwitchpointCancelled(correlationId));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs a query again only when the previous attempt certainly did not reach the switchpoint
 * (`retryable`: no connection, or refused before any answer), with exponential backoff and
 * jitter, up to the cap. Never used for the locum report.
 */
export async function withRetry<T>(
  attempt: (n: number) => Promise<T>,
  policy: RetryPolicy,
  signal: AbortSignal | undefined,
  correlationId: string,
  random: () => number = Math.random,
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const retry = error instanceof SwitchpointError && error.retryable && n < policy.attempts;
      if (!retry) throw error;
      const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1));
      await pause(delay / 2 + random() * (delay / 2), signal, correlationId);
    }
  }
}
