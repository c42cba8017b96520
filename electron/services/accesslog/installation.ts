import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { tightenFile } from '../db/privateFiles';

/** The access point (NEN 7513): which workstation, which installation of Schakel. */
export interface AccessPoint {
  workstation: string;
  installationId: string;
}

/** Reads (or creates once) the installation id in the data directory; the workstation is the host name. */
export function accessPointOf(dataDir: string): AccessPoint {
  const file = join(dataDir, 'installation-id');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(file, `${randomUUID()}\n`, { mode: 0o600, flag: 'wx' });
  }
  tightenFile(file);
  return {
    workstation: hostname().slice(0, 200),
    installationId: readFileSync(file, 'utf8').trim(),
  };
}
