import { createTestCa, issueUziCertificate } from '../../services/identity';

/** The UZI server-certificate CA OID: systems (pass type S), domain.md §8. */
export const UZI_SERVER_CA_OID = '2.16.528.1.1003.1.3.5.5.5';

export interface PemPair {
  cert: string;
  key: string;
}

/** A system's TLS client certificate: the organisation's UZI server certificate (pass type S). */
export interface SystemCertificate extends PemPair {
  ura: string;
  uziNumber: string;
}

/**
 * The demo PKI: one test CA (the trust anchor both sides use), the simulated switchpoint's TLS
 * certificate, and one system certificate per consulting organisation (by URA).
 */
export interface DemoPki {
  ca: string;
  /** The demo CA's key, kept so the simulator can issue a certificate for another host name. */
  caKey?: string;
  switchpoint: PemPair;
  systems: Record<string, SystemCertificate>;
}

export interface DemoOrganisation {
  ura: string;
  uziNumber: string;
  name: string;
}

export interface DemoPkiOptions {
  /** Organisations that get a system certificate. */
  organisations: DemoOrganisation[];
  /** Host names and IP addresses the switchpoint certificate is valid for. */
  hosts?: { dns: string[]; ips: string[] };
  caName?: string;
}

/** `<CA OID>-1-<UZI>-S-<URA>-00.000-00000000`: the SAN identity of a server certificate. */
export const serverIdentityString = (org: { uziNumber: string; ura: string }): string =>
  `${UZI_SERVER_CA_OID}-1-${org.uziNumber}-S-${org.ura}-00.000-00000000`;

/** The simulated LSP's own made-up system identity. */
export const SIMULATED_LSP = { ura: '90000001', uziNumber: '990000001' } as const;

/**
 * Creates a fresh demo PKI in memory with the identity service's test-PKI helpers (ECDSA P-256).
 */
export async function createDemoPki(options: DemoPkiOptions): Promise<DemoPki> {
  const ca = await createTestCa({
    commonName: options.caName ?? 'Schakel demo UZI CA (not a real CA)',
  });
  const switchpoint = await issueSwitchpointCertificate(ca, options.hosts);
  const systems: Record<string, SystemCertificate> = {};
  for (const org of options.organisations) {
    const pair = await issueUziCertificate({
      ca,
      identityString: serverIdentityString(org),
      subjectCN: `Schakel ${org.ura} ${org.name}`.slice(0, 64),
      keyUsage: 'client',
      validDays: 825,
    });
    systems[org.ura] = { ...pair, ura: org.ura, uziNumber: org.uziNumber };
  }
  return { ca: ca.cert, caKey: ca.key, switchpoint, systems };
}

const LOOPBACK = { dns: ['localhost'], ips: ['127.0.0.1', '::1'] };

/** The simulated switchpoint's TLS certificate, for loopback and any extra host names or addresses. */
export function issueSwitchpointCertificate(
  ca: { cert: string; key: string },
  hosts: { dns: string[]; ips: string[] } = LOOPBACK,
): Promise<PemPair> {
  return issueUziCertificate({
    ca,
    identityString: serverIdentityString(SIMULATED_LSP),
    subjectCN: 'Gesimuleerd Landelijk Schakelpunt (demo)',
    keyUsage: 'server',
    dnsNames: [...new Set([...LOOPBACK.dns, ...hosts.dns])],
    ipAddresses: [...new Set([...LOOPBACK.ips, ...hosts.ips])],
    validDays: 825,
  });
}
