import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/**
 * Where the installation secret that keys the chain lives: outside the database, in a key file
 * with 0600 permissions in the data directory (docs/accesslog.md §Key). Electron's safeStorage can
 * wrap it later behind this same interface.
 */
export interface ChainKeyStore {
  /** The key, or null when none exists yet. */
  load(): Buffer | null;
  /** Creates a fresh key; refuses to overwrite one. */
  create(): Buffer;
  readonly location: string;
}

export const keyFileOf = (dataDir: string, mode: 'demo' | 'live'): string =>
  join(dataDir, 'keys', `accesslog-${mode}.key`);

export function fileKeyStore(file: string): ChainKeyStore {
  return {
    location: file,
    load() {
      if (!existsSync(file)) return null;
      if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0)
        chmodSync(file, 0o600);
      const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
      if (key.length !== 32) throw new Error('The access-log key file is damaged.');
      return key;
    },
    create() {
      mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
      const key = randomBytes(32);
      writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
      return key;
    },
  };
}

/** A key held in memory only: for tests and benchmarks. */
export function memoryKeyStore(initial: Buffer | null = null): ChainKeyStore {
  let key = initial;
  return {
    location: 'memory',
    load: () => key,
    create: () => (key = randomBytes(32)),
  };
}
