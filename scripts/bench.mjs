// `npm run bench`: runs every *.bench.ts (electron/, shared/, e2e/bench/) with tsx and writes
// docs/benchmarks.json and docs/benchmarks.md. `npm run bench -- <part of a path>` runs a subset and
// replaces only those files' figures, each row dated.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['tsx', 'electron/bench/run.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
