import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessEventTypes } from '../../../shared/domain/accessEvent';
import { fullEvent, keyOf, tempLog, type TempLog } from './testSupport';
import { BUNDLED_WORKER } from './verifyWorkerStart';

/**
 * The verification worker is a real module: from source it runs through tsx (the other tests),
 * from a bundle it is the worker bundle beside it. Built here with the options of
 * scripts/build.mjs, as ESM (the host) and as CommonJS (Electron's main).
 */
let t: TempLog;
beforeAll(() => {
  t = tempLog();
  t.log.appendMany(
    Array.from({ length: 600 }, (_, i) =>
      fullEvent(accessEventTypes[i % accessEventTypes.length] ?? 'sign-in', i),
    ),
  );
  t.db.pragma('wal_checkpoint(TRUNCATE)');
});
afterAll(() => t?.dispose());

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'error',
  external: ['electron', 'better-sqlite3'],
};
const cjs: BuildOptions = {
  ...common,
  format: 'cjs',
  define: { 'import.meta.url': '__schakelModuleUrl' },
  banner: { js: "const __schakelModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

async function bundle(format: 'esm' | 'cjs'): Promise<string> {
  const dir = join(t.dir, format);
  const probe = join(dir, format === 'esm' ? 'probe.mjs' : 'probe.cjs');
  const here = import.meta.dirname;
  // The bundles keep better-sqlite3 external, as the real ones do: they find it as dist/ does.
  mkdirSync(dir, { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'), 'dir');
  await build({
    ...(format === 'esm'
      ? {
          ...common,
          format: 'esm',
          banner: {
            js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
          },
        }
      : cjs),
    entryPoints: [join(here, 'testing/bundledVerifyProbe.ts')],
    outfile: probe,
  });
  await build({
    ...cjs,
    entryPoints: [join(here, 'verifyWorker.ts')],
    outfile: join(dir, BUNDLED_WORKER),
  });
  return probe;
}

describe('verification workers from a bundle', () => {
  for (const format of ['esm', 'cjs'] as const)
    it(`start from the ${format} bundle and agree with the walk`, async () => {
      const probe = await bundle(format);
      const out = execFileSync(process.execPath, [probe, t.file, keyOf(t).toString('hex')], {
        encoding: 'utf8',
      });
      expect(JSON.parse(out)).toEqual({
        verdict: { intact: true, entries: 600, checkpoints: 0, firstBrokenId: null, reason: null },
        workers: 2,
      });
    });
});
