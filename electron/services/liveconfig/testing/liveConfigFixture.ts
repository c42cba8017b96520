import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestCa, issueUziCertificate, type TestCa } from '../../identity/testPki';
import { LIVE_CONFIG_FILE } from '../liveConfig';

export const FIXTURE_ORGANISATION = {
  ura: '90000111',
  name: 'Huisartsenpost Amstelland (test)',
  agb: '01234567',
  city: 'Amstelveen',
};

export interface LiveConfigFixture {
  dir: string;
  ca: TestCa;
  /** The configuration as written (edit and call write() again). */
  config: Record<string, unknown>;
  write(config?: Record<string, unknown>): void;
  files: { ca: string; cert: string; key: string };
}

/**
 * A complete live configuration in `dir` for tests: a test UZI CA as trust anchor, a system
 * server certificate for the organisation (PEM files), SoftHSM2 as card middleware.
 */
export async function writeCompleteLiveConfig(
  dir: string,
  options: { endpoint?: string; ca?: TestCa } = {},
): Promise<LiveConfigFixture> {
  const ca = options.ca ?? (await createTestCa({ commonName: 'Test UZI-register CA' }));
  const system = await issueUziCertificate({
    ca,
    identityString: `2.16.528.1.1003.1.3.5.5.5-1-990000111-S-${FIXTURE_ORGANISATION.ura}-00.000-00000000`,
    subjectCN: 'schakel.hap.test',
    keyUsage: 'client',
  });
  const files = {
    ca: join(dir, 'uzi-ca.pem'),
    cert: join(dir, 'system.pem'),
    key: join(dir, 'system.key'),
  };
  writeFileSync(files.ca, ca.cert);
  writeFileSync(files.cert, system.cert);
  writeFileSync(files.key, system.key, { mode: 0o600 });
  const config: Record<string, unknown> = {
    zimEndpoint: options.endpoint ?? 'https://127.0.0.1:8443/',
    systemCertificate: { certFile: files.cert, keyFile: files.key },
    trustAnchorFiles: [files.ca],
    organisation: FIXTURE_ORGANISATION,
    applicationId: '900222',
    pkcs11ModulePath: '/usr/lib/softhsm/libsofthsm2.so',
    timeouts: { connectMs: 2000, totalMs: 10000 },
    regimes: { crisis: { active: false, since: null }, region: { active: false } },
  };
  const fixture: LiveConfigFixture = {
    dir,
    ca,
    config,
    files,
    write(next = fixture.config) {
      fixture.config = next;
      writeFileSync(join(dir, LIVE_CONFIG_FILE), JSON.stringify(next, null, 2));
    },
  };
  fixture.write();
  return fixture;
}

/** The system certificate and key as a PKCS#12 file, made by the openssl command (tests only). */
export function writePkcs12(fixture: LiveConfigFixture, passphrase: string): string {
  const out = join(fixture.dir, 'system.p12');
  execFileSync('openssl', [
    'pkcs12',
    '-export',
    '-in',
    fixture.files.cert,
    '-inkey',
    fixture.files.key,
    '-out',
    out,
    '-passout',
    `pass:${passphrase}`,
  ]);
  return out;
}
