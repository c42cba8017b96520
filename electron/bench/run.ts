import { readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
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
if (!filter) {
  writeFileSync('docs/benchmarks.json', `${JSON.stringify({ date, machine, figures }, null, 2)}\n`);
  const rows = figures.map(
    (f) =>
      `| ${f.area} | ${f.name} | ${f.value} ${f.unit} | ${f.budget ?? '—'} | ${f.withinBudget === undefined ? '—' : f.withinBudget ? 'yes' : '**no**'} |`,
  );
  writeFileSync(
    'docs/benchmarks.md',
    [
      '# Benchmarks',
      '',
      `Written by \`npm run bench\` on ${date}: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}.`,
      'A benchmark, not a timed test: figures vary with the machine; budgets are from the issues.',
      '',
      '| area | figure | value | budget | within |',
      '|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
  process.stdout.write('wrote docs/benchmarks.json and docs/benchmarks.md\n');
} else process.stdout.write(`(filtered by "${filter}": docs/benchmarks.* not rewritten)\n`);
