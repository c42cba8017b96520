/**
 * One measured figure. Benchmark files (`*.bench.ts` beside the code they measure, and
 * `e2e/bench/*.bench.ts` for end-to-end figures) export `default async function (): Figure[]`.
 * `npm run bench` runs them all and writes docs/benchmarks.json and docs/benchmarks.md.
 */
export interface Figure {
  /** Which issue's budget this belongs to, e.g. 'foundation', 'codec', 'accesslog'. */
  area: string;
  name: string;
  value: number;
  unit: string;
  /** The budget in words, e.g. '< 1500 ms'. */
  budget?: string;
  /** Whether the value is within the budget; undefined where there is none. */
  withinBudget?: boolean;
  note?: string;
}

export type Benchmark = () => Promise<Figure[]>;

/** Percentile of sorted-or-not numbers (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));
