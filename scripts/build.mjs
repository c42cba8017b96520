// Builds what runs: the renderer (Vite) and the Node/Electron entry points (esbuild).
// The CLI and the simulator run from source with tsx; they need no build.
import { build as viteBuild } from 'vite';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const started = performance.now();
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3', 'graphene-pk11', 'pkcs11js'],
  define: { __SCHAKEL_VERSION__: JSON.stringify(version) },
};

// CommonJS has no import.meta: modules that locate files beside themselves (the verification
// worker, electron/services/accesslog/verifyWorkerStart.ts) get the bundle's own URL instead.
const cjs = {
  ...common,
  format: 'cjs',
  define: { ...common.define, 'import.meta.url': '__schakelModuleUrl' },
  banner: { js: "const __schakelModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await Promise.all([
  viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' }),
  build({
    ...cjs,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/electron/main.cjs',
  }),
  // The access log's verification worker thread, beside the bundles that start it.
  build({
    ...cjs,
    entryPoints: ['electron/services/accesslog/verifyWorker.ts'],
    outfile: 'dist/electron/accesslog-verify-worker.cjs',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
  }),
  build({
    ...common,
    entryPoints: ['electron/host/main.ts'],
    outfile: 'dist/electron/host.mjs',
    format: 'esm',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  }),
]);
console.log(`built in ${Math.round(performance.now() - started)} ms`);
