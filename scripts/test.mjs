// `npm test`: typecheck, lint, unit and component tests (Vitest), end-to-end tests (Playwright
// in Chromium through the browser host), and the Electron end-to-end tests where an Electron
// binary exists. Ends with one line `N passed, N failed` over all suites; exits non-zero on any
// failure or when no test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const started = Date.now();
const totals = { passed: 0, failed: 0 };
const lines = [];
// The names of failed tests, repeated in the summary: CI keeps only the tail of the output.
const failures = [];
const firstLines = (text, n = 4) =>
  String(text ?? '')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, n)
    .map((l) => `       ${l.trim().slice(0, 200)}`);
const npx = (args, env = {}) =>
  spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

function check(name, ok) {
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function playwrightFailures(suites, name, trail = []) {
  for (const suite of suites ?? []) {
    const path = suite.title ? [...trail, suite.title] : trail;
    playwrightFailures(suite.suites, name, path);
    for (const spec of suite.specs ?? []) {
      if (spec.ok) continue;
      failures.push(`  ${name} ${[...path, spec.title].join(' › ')}`);
      const result = spec.tests?.[0]?.results?.at(-1);
      failures.push(...firstLines(result?.error?.message ?? result?.errors?.[0]?.message));
    }
  }
}

function countPlaywright(report, name) {
  if (!report) return check(`${name}: no report`, false);
  playwrightFailures(report.suites, name);
  const s = report.stats ?? {};
  const passed = (s.expected ?? 0) + (s.flaky ?? 0);
  const failed = s.unexpected ?? 0;
  totals.passed += passed;
  totals.failed += failed;
  lines.push(
    `${failed ? 'FAIL' : 'ok  '} ${name}: ${passed} passed, ${failed} failed, ${s.skipped ?? 0} skipped`,
  );
}

// The real components the tests start themselves. Missing ones are said once, with the one command
// that installs them, instead of failing every test that needs them.
const components = [
  ['chromium', ['/usr/bin/chromium', process.env.CHROMIUM_PATH ?? '']],
  ['softhsm2', ['/usr/lib/softhsm/libsofthsm2.so']],
  ['rsyslog', ['/usr/sbin/rsyslogd']],
  [
    'rsyslog-gnutls',
    [
      '/usr/lib/x86_64-linux-gnu/rsyslog/lmnsd_gtls.so',
      '/usr/lib/aarch64-linux-gnu/rsyslog/lmnsd_gtls.so',
    ],
  ],
];
const missing = components
  .filter(([, paths]) => !paths.some((p) => p && existsSync(p)))
  .map(([name]) => name);
if (missing.length) {
  console.log(
    `Missing for the tests: ${missing.join(', ')}. Install with: sudo apt-get install -y ${missing.join(' ')}  (or run: bash .ci/run)`,
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results/screens', { recursive: true });

console.log('\n== typecheck');
for (const project of ['shared', 'electron', 'renderer']) {
  check(`typecheck ${project}`, npx(['tsc', '-p', `tsconfig.${project}.json`]) === 0);
}
console.log('\n== lint');
check('lint', npx(['eslint', '.', '--max-warnings', '0']) === 0);
console.log('\n== circular imports');
check(
  'no circular imports',
  spawnSync(process.execPath, ['scripts/cycles.mjs'], { stdio: 'inherit' }).status === 0,
);

console.log('\n== build');
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status === 0;
check('build', built);

console.log('\n== unit and component tests (vitest)');
npx([
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/vitest.json',
]);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  const failedSuites = (vitest.testResults ?? []).filter(
    (r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0,
  ).length;
  for (const file of vitest.testResults ?? []) {
    const where = file.name.replace(`${process.cwd()}/`, '');
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) {
      failures.push(`  vitest ${where} (did not load)`, ...firstLines(file.message));
    }
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      failures.push(`  vitest ${where} › ${test.fullName ?? test.title}`);
      failures.push(...firstLines((test.failureMessages ?? []).join('\n')));
    }
  }
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests + failedSuites;
  lines.push(
    `${vitest.numFailedTests + failedSuites ? 'FAIL' : 'ok  '} vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed${failedSuites ? `, ${failedSuites} files failed to load` : ''}`,
  );
} else check('vitest: no report', false);

console.log('\n== end-to-end (Playwright, Chromium, browser host)');
if (built) {
  npx(['playwright', 'test']);
  countPlaywright(readJson('test-results/playwright.json'), 'e2e chromium');
} else check('e2e chromium: not run, build failed', false);

console.log('\n== end-to-end (Electron)');
const electronDir = join('node_modules', 'electron');
const pathFile = join(electronDir, 'path.txt');
const electronBinary =
  existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')));
if (electronBinary && built) {
  npx(['playwright', 'test', '-c', 'playwright.electron.config.ts']);
  countPlaywright(readJson('test-results/playwright-electron.json'), 'e2e electron');
} else {
  lines.push(
    'skip e2e electron: SKIPPED — no Electron binary on this machine (it cannot be downloaded here); not counted',
  );
}

console.log('\n== summary');
for (const line of lines) console.log(line);
if (failures.length) {
  console.log('failed tests:');
  for (const line of failures) console.log(line);
}
console.log(`(${Math.round((Date.now() - started) / 1000)} s)`);
const ranNothing = totals.passed + totals.failed === 0;
if (ranNothing) console.log('No test ran: that is a failure.');
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || ranNothing ? 1 : 0);
