import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { startApp } from '../app/app';
import { dataDir } from '../config/dataDir';
import { startHost } from './server';
import { appVersion } from '../config/version';
import { modeFromEnv } from '../config/mode';

/** `npm run host` (and `npm start` without an Electron binary): the browser host. */
const started = performance.now();
const here = dirname(fileURLToPath(import.meta.url));
const app = await startApp({
  dataDir: dataDir(),
  mode: modeFromEnv(),
  host: 'browser',
  version: appVersion(),
});
const host = await startHost({
  handlers: app.handlers,
  rendererDir: process.env.SCHAKEL_RENDERER_DIR ?? join(here, '..', 'renderer'),
  port: process.env.SCHAKEL_PORT ? Number(process.env.SCHAKEL_PORT) : 0,
});
const readyMs = Math.round(performance.now() - started);
console.log(`Schakel browser host: ${host.url}`);
console.log(`(ready in ${readyMs} ms; loopback only; stop with Ctrl+C)`);

const stop = async () => {
  await host.close();
  await app.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
