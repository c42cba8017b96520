import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { dataDir } from '../config/dataDir';
import { requesterFor, type Requester } from '../services/switchpoint/client/requester';
import {
  createSwitchpointClient,
  type SwitchpointClient,
} from '../services/switchpoint/client/switchpointClient';
import { DEMO_APPLICATION_ID, TRAINER_URA } from './pki/organisations';
import { demoIdentities } from './identities';
import { loadOrCreateDemoPki } from './pki/store';
import type { DemoPki } from './pki/demoPki';
import { must } from './must';
import { createDemoSigners } from './pki/passSigners';

export const DEFAULT_IDENTITY = 'hap-huisarts';
const ENDPOINT_FILE = 'demo-switchpoint.json';

/** The endpoint given, or the one a running `npm run switchpoint` wrote into the data directory. */
export function resolveEndpoint(given: string | undefined, dir = dataDir()): string {
  if (given) return given;
  const file = join(dir, ENDPOINT_FILE);
  if (existsSync(file)) {
    const { url } = JSON.parse(readFileSync(file, 'utf8')) as { url?: string };
    if (url) return url;
  }
  throw new Error(
    'no --endpoint given and no running simulator found (start one: npm run switchpoint)',
  );
}

export interface DemoConnection {
  client: SwitchpointClient;
  requester: Requester;
  endpoint: string;
  pki: DemoPki;
}

/** A client as a demo identity, with the demo certificates from the data directory. */
export async function connectAsDemoIdentity(options: {
  endpoint?: string;
  identityId?: string;
}): Promise<DemoConnection> {
  const dir = dataDir();
  const identity = demoIdentities.find((i) => i.id === (options.identityId ?? DEFAULT_IDENTITY));
  if (!identity)
    throw new Error(
      `unknown identity; choose one of: ${demoIdentities.map((i) => i.id).join(', ')}`,
    );
  const endpoint = resolveEndpoint(options.endpoint, dir);
  const pki = await loadOrCreateDemoPki(dir);
  const system = pki.systems[identity.organisation.ura];
  if (!system) throw new Error(`no demo system certificate for ${identity.organisation.ura}`);
  const client = createSwitchpointClient({
    endpoint,
    tls: { cert: system.cert, key: system.key, ca: pki.ca },
    applicationId: DEMO_APPLICATION_ID,
  });
  // The identity's demo pass, made now under the demo CA the simulator trusts.
  const overseer = demoIdentities.find(
    (i) => i.person.uziNumber === identity.overseer?.uziNumber && i.overseer === null,
  );
  const signers = await createDemoSigners(pki, overseer ? [identity, overseer] : [identity]);
  return {
    client,
    requester: requesterFor(
      identity,
      signers(identity.person.uziNumber),
      signers.mandateFor(identity),
    ),
    endpoint,
    pki,
  };
}

/** One JSON call to the simulator's trainer endpoint (/admin/…), over the same mutual TLS. */
export async function adminCall(
  endpointOption: string | undefined,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<unknown> {
  const dir = dataDir();
  const endpoint = resolveEndpoint(endpointOption, dir);
  const pki = await loadOrCreateDemoPki(dir);
  const system = must(pki.systems[TRAINER_URA]);
  const url = new URL(path, endpoint);
  const payload = body === undefined ? '' : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        cert: system.cert,
        key: system.key,
        ca: pki.ca,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
        timeout: 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            return reject(new Error(`the simulator answered HTTP ${res.statusCode} without JSON`));
          }
          if (res.statusCode !== 200)
            return reject(
              new Error((json as { error?: string }).error ?? `HTTP ${res.statusCode}`),
            );
          resolve(json);
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('the simulator did not answer in time')));
    req.on('error', reject);
    req.end(payload);
  });
}
