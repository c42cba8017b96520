import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Benchmark, Figure } from './figure';

/** Finds every *.bench.ts, runs each in turn (one at a time: figures must not disturb each other). */
function findBenchFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.') || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findBenchFiles(path, out);
    else if (name.endsWith('.bench.ts')) out.push(path);
  }
  return out;
}

const filter = process.argv[2];
const files = ['electron', 'shared', 'e2e']
  .flatMap((dir) => findBenchFiles(dir))
  .filter((f) => !filter || f.includes(filter))
  .sort();
const figures: (Figure & { file: string })[] = [];
for (const file of files) {
  process.stdout.write(`bench ${file} …\n`);
  const mod = (await import(pathToFileURL(file).href)) as { default: Benchmark };
  for (const figure of await mod.default()) {
    figures.push({ ...figure, file: relative('.', file) });
    const verdict =
      figure.withinBudget === undefined ? '' : figure.withinBudget ? '  ✓' : '  ✗ OVER BUDGET';
    process.stdout.write(
      `  ${figure.name}: ${figure.value} ${figure.unit}${figure.budget ? ` (budget ${figure.budget})` : ''}${verdict}\n`,
    );
  }
}

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.versions.node,
  platform: `${process.platform}-${process.arch}`,
};
const date = new Date().toISOString();
mkdirSync('docs', { recursive: true });

type Recorded = Figure & { file: string; date?: string };
/**
 * A filtered run (`npm run bench -- <part of a path>`) replaces only its own files' figures in
 * docs/benchmarks.json and keeps the rest, each figure carrying the date it was measured.
 */
function merged(): Recorded[] {
  const fresh = figures.map((f) => ({ ...f, date }));
  if (!filter || !existsSync('docs/benchmarks.json')) return fresh;
  const previous = JSON.parse(readFileSync('docs/benchmarks.json', 'utf8')) as {
    date: string;
    figures: Recorded[];
  };
  const rerun = new Set(files.map((f) => relative('.', f)));
  const kept = previous.figures
    .filter((f) => !rerun.has(f.file))
    .map((f) => ({ ...f, date: f.date ?? previous.date }));
  return [...kept, ...fresh].sort((a, b) => a.file.localeCompare(b.file));
}

const all = merged();
writeFileSync(
  'docs/benchmarks.json',
  `${JSON.stringify({ date, machine, figures: all }, null, 2)}\n`,
);
const rows = all.map(
  (f) =>
    `| ${f.area} | ${f.name} | ${f.value} ${f.unit} | ${f.budget ?? '—'} | ${f.withinBudget === undefined ? '—' : f.withinBudget ? 'yes' : '**no**'} | ${(f.date ?? date).slice(0, 10)} |`,
);
writeFileSync(
  'docs/benchmarks.md',
  [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (last run ${date}${filter ? `, only files matching "${filter}"` : ''}): ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}.`,
    'A benchmark, not a timed test: figures vary with the machine; budgets are from the issues.',
    '',
    '| area | figure | value | budget | within | measured |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
);
process.stdout.write('wrote docs/benchmarks.json and docs/benchmarks.md\n');
