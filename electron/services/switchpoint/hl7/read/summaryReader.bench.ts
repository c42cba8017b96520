/**
 * Summary reader throughput (MB/s) on the Nictiz fixture and on a generated 5 MB summary, against
 * a bare saxes parse of the same text (namespace-aware, no handlers). Budget: the reader (tree +
 * mapping) takes at most 1.5 × the bare parse time.
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

function timeIt(fn: () => void, minMs = 1500): number {
  for (let i = 0; i < 3; i++) fn();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    runs++;
  }
  return (performance.now() - start) / runs;
}

export default async function bench(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [label, text] of [
    ['fixture', fixture('hwg/QUPC_IN990002NL_01.xml')],
    ['generated 5 MB', generatedSummary(5 * 1024 * 1024)],
  ] as const) {
    const mb = Buffer.byteLength(text) / (1024 * 1024);
    const bare = timeIt(() => new SaxesParser({ xmlns: true }).write(text).close());
    const tree = timeIt(() => parseXml(text));
    const full = timeIt(() => parseResponse(text));
    const ratio = full / bare;
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
