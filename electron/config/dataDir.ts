import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Schakel';

/**
 * The data directory (databases, keys, configuration): SCHAKEL_DATA_DIR when set, otherwise the
 * platform's application-data folder — the same folder Electron calls `userData`, so the app,
 * the browser host, the CLI and the simulator all meet in one place.
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SCHAKEL_DATA_DIR) return env.SCHAKEL_DATA_DIR;
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

export type Mode = 'demo' | 'live';

/** Demo and live never share a database: a training session must not touch a live access log. */
export const databaseFile = (dir: string, mode: Mode): string =>
  join(dir, mode === 'demo' ? 'schakel-demo.sqlite' : 'schakel.sqlite');
