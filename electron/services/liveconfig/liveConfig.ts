import { createPrivateKey, createPublicKey, X509Certificate as NodeX509 } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSecureContext } from 'node:tls';
import { z } from 'zod';
import { certificatesInPem, verifyChain } from '../identity/chain';
import { readUziCertificate } from '../identity/readUziCertificate';
import type { x509 } from '../identity/x509';

/** The live configuration file: one JSON file in the data directory (docs/live.md). */
export const LIVE_CONFIG_FILE = 'live-config.json';
export const liveConfigFile = (dataDir: string): string => join(dataDir, LIVE_CONFIG_FILE);

const digits = (n: number, what: string) =>
  z.string().regex(new RegExp(`^\\d{${n}}$`), `${what} is ${n} digits`);

export const zimEndpointSchema = z
  .string()
  .url()
  .refine((u) => u.startsWith('https://'), 'the ZIM endpoint must be https');

export const systemCertificateSchema = z.union([
  z.object({ certFile: z.string().min(1), keyFile: z.string().min(1) }).strict(),
  z.object({ pkcs12File: z.string().min(1), passphrase: z.string() }).strict(),
]);

export const organisationSchema = z
  .object({
    ura: digits(8, 'a URA'),
    name: z.string().min(1),
    agb: digits(8, 'an AGB code'),
    city: z.string().min(1),
  })
  .strict();

export const timeoutsSchema = z
  .object({
    connectMs: z.number().int().min(100).max(60_000).default(5_000),
    totalMs: z.number().int().min(1_000).max(300_000).default(30_000),
  })
  .strict();

export const regimesSchema = z
  .object({
    crisis: z
      .object({
        active: z.boolean(),
        /** yyyy-mm-dd; required when active. */
        since: z.iso.date().nullable().default(null),
      })
      .strict()
      .refine(
        (c) => !c.active || c.since !== null,
        'a crisis regime in force needs its start date',
      ),
    region: z.object({ active: z.boolean() }).strict(),
  })
  .strict();

export const liveConfigSchema = z
  .object({
    zimEndpoint: zimEndpointSchema,
    systemCertificate: systemCertificateSchema,
    trustAnchorFiles: z.array(z.string().min(1)).min(1),
    organisation: organisationSchema,
    applicationId: z.string().regex(/^\d{1,20}$/, 'the application id is digits'),
    pkcs11ModulePath: z.string().min(1),
    timeouts: timeoutsSchema.default({ connectMs: 5_000, totalMs: 30_000 }),
    regimes: regimesSchema,
    /** Written and read by the audit-forwarding configuration (electron/config/auditForwarding.ts). */
    auditForwarding: z.unknown().optional(),
  })
  .strict();

export type LiveConfig = z.output<typeof liveConfigSchema>;

/** The system's TLS material as Node's TLS takes it. */
export type SystemTls = { cert: string; key: string } | { pfx: Buffer; passphrase: string };

/** A configuration that passed every check, with its files read. */
export interface LoadedLiveConfig {
  config: LiveConfig;
  systemTls: SystemTls;
  /** Every trust-anchor certificate, PEM. */
  trustAnchorsPem: string[];
  trustAnchors: x509.X509Certificate[];
}

export type CheckStatus = 'valid' | 'invalid' | 'missing';
export interface CheckItem {
  id: string;
  label: string;
  status: CheckStatus;
  detail: string;
}

export interface LiveCheck {
  file: string;
  complete: boolean;
  items: CheckItem[];
}

const zodText = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');

function readIfExists(path: string): Buffer | null {
  try {
    return existsSync(path) ? readFileSync(path) : null;
  } catch {
    return null;
  }
}

/** The system certificate's PEM (from the PEM file, or out of the PKCS#12 file). */
function systemCertificatePem(
  c: z.output<typeof systemCertificateSchema>,
): { ok: true; pem: string; tls: SystemTls } | { ok: false; status: CheckStatus; detail: string } {
  if ('certFile' in c) {
    const cert = readIfExists(c.certFile);
    const key = readIfExists(c.keyFile);
    if (!cert) return { ok: false, status: 'missing', detail: `no file ${c.certFile}` };
    if (!key) return { ok: false, status: 'missing', detail: `no key file ${c.keyFile}` };
    try {
      const certificate = new NodeX509(cert);
      const privateKey = createPrivateKey(key);
      const fromKey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
      const fromCert = certificate.publicKey.export({ type: 'spki', format: 'der' });
      if (!fromKey.equals(fromCert))
        return {
          ok: false,
          status: 'invalid',
          detail: 'the key does not belong to the certificate',
        };
      return {
        ok: true,
        pem: certificate.toString(),
        tls: { cert: cert.toString('utf8'), key: key.toString('utf8') },
      };
    } catch (error) {
      return { ok: false, status: 'invalid', detail: (error as Error).message };
    }
  }
  const pfx = readIfExists(c.pkcs12File);
  if (!pfx) return { ok: false, status: 'missing', detail: `no file ${c.pkcs12File}` };
  try {
    // Node's TLS reads PKCS#12 itself; a wrong passphrase fails here.
    const context = createSecureContext({ pfx, passphrase: c.passphrase }) as unknown as {
      context: { getCertificate(): Buffer | null };
    };
    const der = context.context.getCertificate();
    if (!der) return { ok: false, status: 'invalid', detail: 'no certificate in the PKCS#12 file' };
    return {
      ok: true,
      pem: new NodeX509(der).toString(),
      tls: { pfx, passphrase: c.passphrase },
    };
  } catch (error) {
    return {
      ok: false,
      status: 'invalid',
      detail: `the PKCS#12 file cannot be opened (passphrase?): ${(error as Error).message}`,
    };
  }
}

const LABELS = {
  file: 'Configuration file',
  zimEndpoint: 'ZIM endpoint (https)',
  organisation: 'Organisation (URA, name, AGB, city)',
  applicationId: 'Application id registered at the LSP',
  trustAnchors: 'Trust anchors (UZI CA chain)',
  systemCertificate: 'System UZI server certificate and key',
  pkcs11Module: 'Card middleware (PKCS#11 module)',
  timeouts: 'Timeouts',
  regimes: 'Regimes in force (crisis, region)',
} as const;

/**
 * Reads and checks the live configuration item by item. Every item is checked even when others
 * fail, so the administrator sees the whole list at once. `loaded` only when everything is valid.
 */
export async function checkLiveConfig(
  dataDir: string,
  now: Date = new Date(),
): Promise<LiveCheck & { loaded: LoadedLiveConfig | null }> {
  const file = liveConfigFile(dataDir);
  const items: CheckItem[] = [];
  const add = (id: keyof typeof LABELS, status: CheckStatus, detail: string) =>
    items.push({ id, label: LABELS[id], status, detail });
  const text = readIfExists(file);
  let raw: Record<string, unknown> = {};
  if (!text) add('file', 'missing', `no file ${file}`);
  else {
    try {
      const parsed: unknown = JSON.parse(text.toString('utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        raw = parsed as Record<string, unknown>;
        const unknownKeys = Object.keys(raw).filter((k) => !(k in liveConfigSchema.shape));
        if (unknownKeys.length)
          add('file', 'invalid', `unknown settings: ${unknownKeys.join(', ')}`);
        else add('file', 'valid', file);
      } else add('file', 'invalid', 'the file is not a JSON object');
    } catch (error) {
      add('file', 'invalid', `not valid JSON: ${(error as Error).message}`);
    }
  }

  const section = <S extends z.ZodType>(id: keyof typeof LABELS, key: string, schema: S) => {
    if (raw[key] === undefined) {
      add(id, 'missing', `"${key}" is not set`);
      return null;
    }
    const parsed = schema.safeParse(raw[key]);
    if (!parsed.success) {
      add(id, 'invalid', zodText(parsed.error));
      return null;
    }
    return parsed.data as z.output<S>;
  };

  const endpoint = section('zimEndpoint', 'zimEndpoint', zimEndpointSchema);
  if (endpoint) add('zimEndpoint', 'valid', endpoint);
  const organisation = section('organisation', 'organisation', organisationSchema);
  if (organisation)
    add(
      'organisation',
      'valid',
      `URA ${organisation.ura}, ${organisation.name}, ${organisation.city}`,
    );
  const applicationId = section(
    'applicationId',
    'applicationId',
    liveConfigSchema.shape.applicationId,
  );
  if (applicationId) add('applicationId', 'valid', applicationId);

  // Trust anchors: every file exists and holds at least one readable certificate.
  const anchorFiles = section(
    'trustAnchors',
    'trustAnchorFiles',
    liveConfigSchema.shape.trustAnchorFiles,
  );
  const trustAnchorsPem: string[] = [];
  const trustAnchors: x509.X509Certificate[] = [];
  if (anchorFiles) {
    const problems: string[] = [];
    for (const path of anchorFiles) {
      const pem = readIfExists(path);
      if (!pem) {
        problems.push(`no file ${path}`);
        continue;
      }
      try {
        const found = certificatesInPem(pem.toString('utf8'));
        if (found.length === 0) problems.push(`${path} holds no PEM certificate`);
        for (const c of found) {
          trustAnchors.push(c);
          trustAnchorsPem.push(c.toString('pem'));
        }
      } catch (error) {
        problems.push(`${path}: ${(error as Error).message}`);
      }
    }
    if (problems.length)
      add(
        'trustAnchors',
        problems.some((p) => p.startsWith('no file')) ? 'missing' : 'invalid',
        problems.join('; '),
      );
    else add('trustAnchors', 'valid', trustAnchors.map((c) => c.subject).join(' | '));
  }

  // The system certificate: readable, a UZI server certificate of this organisation, within its
  // validity, issued under the trust anchors, and the key belongs to it.
  let systemTls: SystemTls | null = null;
  const system = section('systemCertificate', 'systemCertificate', systemCertificateSchema);
  if (system) {
    const read = systemCertificatePem(system);
    if (!read.ok) add('systemCertificate', read.status, read.detail);
    else {
      try {
        const uzi = readUziCertificate(read.pem);
        const chain = trustAnchors.length
          ? await verifyChain(read.pem, trustAnchors, now)
          : ({ ok: false, message: 'no trust anchors to check it against' } as const);
        if (uzi.identity.passType !== 'server')
          add('systemCertificate', 'invalid', 'not a UZI server certificate (pass type S)');
        else if (organisation && uzi.identity.ura !== organisation.ura)
          add(
            'systemCertificate',
            'invalid',
            `its URA ${uzi.identity.ura} is not the organisation's ${organisation.ura}`,
          );
        else if (!chain.ok) add('systemCertificate', 'invalid', chain.message);
        else {
          systemTls = read.tls;
          add(
            'systemCertificate',
            'valid',
            `UZI ${uzi.identity.uziNumber}, URA ${uzi.identity.ura}, valid until ${uzi.notAfter.toISOString().slice(0, 10)}`,
          );
        }
      } catch (error) {
        add('systemCertificate', 'invalid', (error as Error).message);
      }
    }
  }

  const modulePath = section(
    'pkcs11Module',
    'pkcs11ModulePath',
    liveConfigSchema.shape.pkcs11ModulePath,
  );
  if (modulePath) {
    if (existsSync(modulePath)) add('pkcs11Module', 'valid', modulePath);
    else add('pkcs11Module', 'missing', `no file ${modulePath}`);
  }

  if (raw.timeouts === undefined)
    add('timeouts', 'valid', 'defaults: connect 5000 ms, total 30000 ms');
  else {
    const timeouts = section('timeouts', 'timeouts', timeoutsSchema);
    if (timeouts)
      add('timeouts', 'valid', `connect ${timeouts.connectMs} ms, total ${timeouts.totalMs} ms`);
  }

  const regimes = section('regimes', 'regimes', regimesSchema);
  if (regimes)
    add(
      'regimes',
      'valid',
      `crisis regime ${regimes.crisis.active ? `in force since ${regimes.crisis.since}` : 'off'}; region regime ${regimes.region.active ? 'on' : 'off'}`,
    );

  const complete = items.every((i) => i.status === 'valid');
  let loaded: LoadedLiveConfig | null = null;
  if (complete && systemTls) {
    const config = liveConfigSchema.safeParse(raw);
    if (config.success) loaded = { config: config.data, systemTls, trustAnchorsPem, trustAnchors };
    else add('file', 'invalid', zodText(config.error));
  }
  return { file, complete: loaded !== null, items, loaded };
}
