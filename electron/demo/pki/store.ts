import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createDemoPki, type DemoPki } from './demoPki';
import { privateDir, writePrivateFile } from '../../services/db/privateFiles';
import { demoOrganisations } from './organisations';

const pemPair = z.object({ cert: z.string(), key: z.string() });
const demoPkiSchema = z.object({
  ca: z.string(),
  caKey: z.string().optional(),
  switchpoint: pemPair,
  systems: z.record(z.string(), pemPair.extend({ ura: z.string(), uziNumber: z.string() })),
});

export const demoPkiDir = (dataDir: string): string => join(dataDir, 'demo-pki');

/**
 * The demo PKI of this data directory: made once into `<dataDir>/demo-pki/` and reused, so the
 * simulator (`npm run switchpoint`), the app in demo mode and the CLI trust each other without
 * flags. Keys are test keys for loopback use; the file is still written 0600.
 */
export async function loadOrCreateDemoPki(dataDir: string): Promise<DemoPki> {
  const dir = demoPkiDir(dataDir);
  const file = join(dir, 'pki.json');
  const wanted = demoOrganisations();
  if (existsSync(file)) {
    const parsed = demoPkiSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success && wanted.every((o) => parsed.data.systems[o.ura])) return parsed.data;
  }
  const pki = await createDemoPki({ organisations: wanted });
  privateDir(dir);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(pki, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, file);
  writePrivateFile(join(dir, 'ca.pem'), pki.ca);
  return pki;
}
