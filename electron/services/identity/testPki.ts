import { randomBytes, webcrypto } from 'node:crypto';
import { uziSubjectAltNameExtension } from './uziSubjectAltName';
import { x509 } from './x509';

/**
 * A small PKI for tests and the demo switchpoint: a CA and UZI certificates signed by it.
 * Everything is PEM, ready for Node's `tls`/`https` options `cert`, `key` and `ca`.
 * ECDSA P-256 with SHA-256. Never for production use.
 */
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY = 24 * 60 * 60 * 1000;

/** A test CA: its certificate and its PKCS#8 private key, both PEM. */
export interface TestCa {
  cert: string;
  key: string;
}

/** An issued certificate and its PKCS#8 private key, both PEM. */
export interface IssuedCertificate {
  cert: string;
  key: string;
}

export interface IssueUziCertificateOptions {
  ca: TestCa;
  /** `<CA OID>-<version>-<UZI>-<pass type>-<URA>-<role>-<AGB>`, put in the SAN as given. */
  identityString: string;
  subjectCN: string;
  /** `client`: TLS client authentication; `server`: server and client (a system talks both ways). */
  keyUsage: 'client' | 'server';
  dnsNames?: string[];
  ipAddresses?: string[];
  validDays?: number;
}

function serialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f; // positive
  return bytes.toString('hex');
}

async function keyPair(): Promise<webcrypto.CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(ALGORITHM, true, [
    'sign',
    'verify',
  ])) as webcrypto.CryptoKeyPair;
}

async function privateKeyPem(key: webcrypto.CryptoKey): Promise<string> {
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', key);
  return x509.PemConverter.encode(pkcs8, 'PRIVATE KEY');
}

async function importPrivateKey(pem: string): Promise<webcrypto.CryptoKey> {
  const der = x509.PemConverter.decodeFirst(pem);
  return webcrypto.subtle.importKey('pkcs8', der, ALGORITHM, false, ['sign']);
}

function validity(validDays: number): { notBefore: Date; notAfter: Date } {
  const now = Date.now();
  return { notBefore: new Date(now - 60 * 60 * 1000), notAfter: new Date(now + validDays * DAY) };
}

export async function createTestCa(
  options: { commonName?: string; validDays?: number } = {},
): Promise<TestCa> {
  const keys = await keyPair();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serialNumber(),
    name: [{ CN: [options.commonName ?? 'Schakel test CA'] }, { O: ['Schakel (test)'] }],
    ...validity(options.validDays ?? 3650),
    keys,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert: certificate.toString('pem'), key: await privateKeyPem(keys.privateKey) };
}

export async function issueUziCertificate(
  options: IssueUziCertificateOptions,
): Promise<IssuedCertificate> {
  const caCertificate = new x509.X509Certificate(options.ca.cert);
  const caKey = await importPrivateKey(options.ca.key);
  const keys = await keyPair();
  const purposes =
    options.keyUsage === 'server'
      ? [x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]
      : [x509.ExtendedKeyUsage.clientAuth];
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serialNumber(),
    subject: [{ CN: [options.subjectCN] }],
    issuer: caCertificate.subject,
    ...validity(options.validDays ?? 365),
    publicKey: keys.publicKey,
    signingKey: caKey,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension(purposes),
      uziSubjectAltNameExtension(
        options.identityString,
        options.dnsNames ?? [],
        options.ipAddresses ?? [],
      ),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caCertificate),
    ],
  });
  return { cert: certificate.toString('pem'), key: await privateKeyPem(keys.privateKey) };
}
