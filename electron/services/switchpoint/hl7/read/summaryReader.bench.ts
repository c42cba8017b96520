/**
 * Summary reader throughput (MB/s) on the Nictiz fixture and on a generated 5 MB summary, against
 * a bare saxes parse of the same text (namespace-aware, no handlers). Budget: the reader (tree +
 * mapping) takes at most 1.5 × the bare parse time. The ratio is the median of per-round ratios
 * of interleaved timings (see timeInterleaved), so it holds up on a busy machine.
 */
import { SaxesParser } from 'saxes';
import { round, type Figure } from '../../../../bench/figure';
import { fixture } from '../testing/fixtures';
import { parseXml } from '../xml/read';
import { parseResponse } from './response';

/** Repeats the fixture's contacts and episodes (valid structure) until the text is ≥ size bytes. */
export function generatedSummary(size: number): string {
  const text = fixture('hwg/QUPC_IN990002NL_01.xml');
  const blocks = [...text.matchAll(/ {16}<component(1|7)[ >][\s\S]*?<\/component\1>\n/g)].map(
    (m) => m[0],
  );
  const insertAt = text.indexOf('                <component2>');
  let extra = '';
  const need = size - Buffer.byteLength(text);
  while (extra.length < need) extra += blocks.join('');
  return text.slice(0, insertAt) + extra + text.slice(insertAt);
}

/** ms per call: fn repeated until at least minMs have passed (so one sample is not a timer tick). */
function sample(fn: () => void, minMs: number): number {
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    runs++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return elapsed / runs;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/**
 * Times the variants in interleaved rounds (the order rotates each round), after a warm-up of
 * each, so that load from other processes and garbage left by one variant fall on all of them
 * alike. Returns the median ms per call of each variant and the median of the per-round ratios
 * of each variant to the first.
 */
function timeInterleaved(
  variants: (() => void)[],
  rounds = 15,
  minMs = 100,
): { ms: number[]; ratio: number[] } {
  for (const fn of variants) for (let i = 0; i < 3; i++) fn();
  const samples: number[][] = variants.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < variants.length; k++) {
      const v = (r + k) % variants.length;
      (samples[v] as number[]).push(sample(variants[v] as () => void, minMs));
    }
  }
  const base = samples[0] as number[];
  return {
    ms: samples.map(median),
    ratio: samples.map((s) => median(s.map((t, r) => t / (base[r] as number)))),
  };
}

export default async function bench(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [label, text] of [
    ['fixture', fixture('hwg/QUPC_IN990002NL_01.xml')],
    ['generated 5 MB', generatedSummary(5 * 1024 * 1024)],
  ] as const) {
    const mb = Buffer.byteLength(text) / (1024 * 1024);
    // The baseline uses the reader's saxes options (position tracking is the saxes default).
    const {
      ms: [bare, tree, full],
      ratio: [, treeRatio, ratio],
    } = timeInterleaved([
      () => new SaxesParser({ xmlns: true, position: true }).write(text).close(),
      () => parseXml(text),
      () => parseResponse(text),
    ]) as { ms: [number, number, number]; ratio: [number, number, number] };
    figures.push(
      {
        area: 'codec',
        name: `summary reader MB/s (${label}, ${round(mb, 2)} MB)`,
        value: round(mb / (full / 1000), 1),
        unit: 'MB/s',
      },
      {
        area: 'codec',
        name: `bare saxes parse MB/s (${label})`,
        value: round(mb / (bare / 1000), 1),
        unit: 'MB/s',
      },
      {
        area: 'codec',
        name: `tree only MB/s (${label})`,
        value: round(mb / (tree / 1000), 1),
        unit: 'MB/s',
      },
      {
        area: 'codec',
        name: `tree only / bare parse time (${label})`,
        value: round(treeRatio, 2),
        unit: '×',
      },
      {
        area: 'codec',
        name: `summary reader / bare parse time (${label})`,
        value: round(ratio, 2),
        unit: '×',
        budget: '≤ 1.5 ×',
        withinBudget: ratio <= 1.5,
      },
    );
  }
  return figures;
}
