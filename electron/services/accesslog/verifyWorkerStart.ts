import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What a verification worker is given: its id range of the log in `file`, and where to report. */
export interface VerifyWorkerData {
  file: string;
  key: Buffer;
  from: number;
  to: number;
  /** Its row in the shared results (docs/accesslog.md §Verify). */
  slot: number;
  shared: SharedArrayBuffer;
}

/** The bundled worker's file name, beside the bundle (scripts/build.mjs writes it). */
export const BUNDLED_WORKER = 'accesslog-verify-worker.cjs';

/**
 * Where this module runs from. From source (tsx, vitest) that is `verifyWorkerStart.ts`; in an
 * esbuild bundle it is the bundle (the ESM host's `import.meta.url`; the CommonJS bundle for
 * Electron defines `import.meta.url` from `__filename`, scripts/build.mjs).
 */
const here = import.meta.url;

/**
 * Starts one verification worker (`verifyWorker.ts`, a real module). From source the worker
 * loads the TypeScript through tsx's CommonJS hook (Node 20 has no type stripping, and vitest's
 * transform does not reach worker threads); from a bundle it is the worker bundle beside it.
 * Throws when the worker file is not there, so the caller walks on one thread instead.
 */
export function startVerifyWorker(workerData: VerifyWorkerData): Worker {
  if (here.endsWith('.ts')) {
    const file = fileURLToPath(new URL('./verifyWorker.ts', here));
    const tsx = createRequire(here).resolve('tsx/cjs/api');
    const load = `require(${JSON.stringify(tsx)}).require(${JSON.stringify(file)}, ${JSON.stringify(file)});`;
    return new Worker(load, { eval: true, workerData });
  }
  const file = fileURLToPath(new URL(`./${BUNDLED_WORKER}`, here));
  if (!existsSync(file)) throw new Error(`the verification worker ${BUNDLED_WORKER} is missing`);
  return new Worker(file, { workerData });
}
