/**
 * When to try a report again after no answer: 15 s, 30 s, 1 min, 2 min, 5 min, then every 10 min,
 * with ±20% jitter so workstations do not knock at once. After `maxAttempts` the report is shown
 * as undelivered and waits for the user (retry now, or print for manual delivery).
 */
export const retryPolicy = {
  delaysMs: [15_000, 30_000, 60_000, 120_000, 300_000],
  steadyMs: 600_000,
  maxAttempts: 12,
};

export function nextDelayMs(
  attempts: number,
  random: () => number = Math.random,
  policy = retryPolicy,
): number {
  const base = policy.delaysMs[attempts - 1] ?? policy.steadyMs;
  return Math.round(base * (0.8 + 0.4 * random()));
}
