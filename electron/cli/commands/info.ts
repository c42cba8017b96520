import type { Command } from '../command';
import { dataDir } from '../../config/dataDir';
import { appVersion } from '../../config/version';
import { modeFromEnv } from '../../config/mode';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const info: Command = {
  name: 'info',
  summary: 'versions and the data directory',
  run: () => ({
    name: 'Schakel',
    version: appVersion(),
    mode: modeFromEnv(),
    dataDir: dataDir(),
    node: process.versions.node,
    electron: (require('electron/package.json') as { version: string }).version,
    betterSqlite3: (require('better-sqlite3/package.json') as { version: string }).version,
    platform: `${process.platform}-${process.arch}`,
  }),
};
