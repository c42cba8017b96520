import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestCa, issueUziCertificate } from '../../services/identity/testPki';
import { issueSwitchpointCertificate, serverIdentityString, type DemoPki } from '../pki/demoPki';

/** The HAP the acceptance LSP knows (the demo HAP's URA, so the demo persons are known there). */
export const ACCEPTANCE_ORGANISATION = {
  ura: '90000111',
  uziNumber: '990000111',
  name: 'Huisartsenpost Amstelland (acceptatie)',
  agb: '01234567',
  city: 'Amstelveen',
};
export const ACCEPTANCE_APPLICATION_ID = '900222';

export interface AcceptanceFiles {
  dir: string;
  /** The acceptance UZI CA: the trust anchor on both sides. */
  caFile: string;
  /** The CA key, so tests and the administrator's trial can issue test passes (never production). */
  caKeyFile: string;
  systemCertFile: string;
  systemKeyFile: string;
  pki: DemoPki;
}

/**
 * The "acceptance LSP" PKI: its own CA, apart from the demo PKI, in `<dataDir>/acceptance/`, so the
 * app in live mode connects to the simulator exactly as to a real ZIM — configured endpoint,
 * server certificate, trust anchors, card. Made once and reused.
 */
export async function loadOrCreateAcceptancePki(dataDir: string): Promise<AcceptanceFiles> {
  const dir = join(dataDir, 'acceptance');
  const files = {
    dir,
    caFile: join(dir, 'uzi-ca.pem'),
    caKeyFile: join(dir, 'uzi-ca.key'),
    systemCertFile: join(dir, 'system.pem'),
    systemKeyFile: join(dir, 'system.key'),
    switchpointFile: join(dir, 'switchpoint.json'),
  };
  if (!existsSync(files.switchpointFile)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const ca = await createTestCa({ commonName: 'Schakel acceptance UZI CA (not a real CA)' });
    const system = await issueUziCertificate({
      ca,
      identityString: serverIdentityString(ACCEPTANCE_ORGANISATION),
      subjectCN: `Schakel ${ACCEPTANCE_ORGANISATION.name}`,
      keyUsage: 'client',
      validDays: 825,
    });
    const switchpoint = await issueSwitchpointCertificate(ca);
    writeFileSync(files.caFile, ca.cert);
    writeFileSync(files.caKeyFile, ca.key, { mode: 0o600 });
    writeFileSync(files.systemCertFile, system.cert);
    writeFileSync(files.systemKeyFile, system.key, { mode: 0o600 });
    writeFileSync(files.switchpointFile, JSON.stringify(switchpoint), { mode: 0o600 });
    chmodSync(files.switchpointFile, 0o600);
  }
  const ca = readFileSync(files.caFile, 'utf8');
  const caKey = readFileSync(files.caKeyFile, 'utf8');
  const switchpoint = JSON.parse(readFileSync(files.switchpointFile, 'utf8')) as {
    cert: string;
    key: string;
  };
  return { ...files, pki: { ca, caKey, switchpoint, systems: {} } };
}

/** A live configuration for the acceptance LSP at `endpoint` (what `--acceptance` writes). */
export function acceptanceLiveConfig(
  files: AcceptanceFiles,
  endpoint: string,
  pkcs11ModulePath: string,
) {
  return {
    zimEndpoint: endpoint,
    systemCertificate: { certFile: files.systemCertFile, keyFile: files.systemKeyFile },
    trustAnchorFiles: [files.caFile],
    organisation: {
      ura: ACCEPTANCE_ORGANISATION.ura,
      name: ACCEPTANCE_ORGANISATION.name,
      agb: ACCEPTANCE_ORGANISATION.agb,
      city: ACCEPTANCE_ORGANISATION.city,
    },
    applicationId: ACCEPTANCE_APPLICATION_ID,
    pkcs11ModulePath,
    timeouts: { connectMs: 5000, totalMs: 30000 },
    regimes: { crisis: { active: false, since: null }, region: { active: false } },
  };
}
