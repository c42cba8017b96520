import { randomBytes, webcrypto } from 'node:crypto';
import type { TestCa } from './testPki';
import { uziSubjectAltNameExtension } from './uziSubjectAltName';
import { x509 } from './x509';

/**
 * UZI pass certificates for tests, the acceptance switchpoint and the demo identities: RSA 2048
 * keys (a UZI pass signs RSA; the token signature is RSA-SHA256), issued by a CA from
 * `createTestCa`. A pass holds three certificates with the same identity (docs/live.md,
 * "Signing in with the UZI pass"): authentication (digitalSignature, clientAuth), non-repudiation
 * (nonRepudiation) and encryption (key/data encipherment). Never for production use.
 */
export type PassCertificateUse = 'authentication' | 'non-repudiation' | 'encryption';

export interface IssuedPassCertificate {
  use: PassCertificateUse;
  cert: string;
  /** PKCS#8 PEM. */
  key: string;
}

export interface IssuePassOptions {
  ca: TestCa;
  identityString: string;
  subjectCN: string;
  uses?: PassCertificateUse[];
  notBefore?: Date;
  notAfter?: Date;
}

const RSA = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
} as const;
const CA_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

const LABEL: Record<PassCertificateUse, string> = {
  authentication: 'Authenticiteit',
  'non-repudiation': 'Handtekening',
  encryption: 'Vertrouwelijkheid',
};

/** The label a pass's middleware usually gives each certificate; tests use it as the PKCS#11 label. */
export const passCertificateLabel = (use: PassCertificateUse): string => LABEL[use];

function keyUsage(use: PassCertificateUse): number {
  if (use === 'authentication') return x509.KeyUsageFlags.digitalSignature;
  if (use === 'non-repudiation') return x509.KeyUsageFlags.nonRepudiation;
  return x509.KeyUsageFlags.keyEncipherment | x509.KeyUsageFlags.dataEncipherment;
}

function serial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString('hex');
}

export async function issuePassCertificates(
  options: IssuePassOptions,
): Promise<IssuedPassCertificate[]> {
  const caCertificate = new x509.X509Certificate(options.ca.cert);
  const caKey = await webcrypto.subtle.importKey(
    'pkcs8',
    x509.PemConverter.decodeFirst(options.ca.key),
    CA_ALGORITHM,
    false,
    ['sign'],
  );
  const now = Date.now();
  const notBefore = options.notBefore ?? new Date(now - 60 * 60 * 1000);
  const notAfter = options.notAfter ?? new Date(now + 365 * 24 * 60 * 60 * 1000);
  const issued: IssuedPassCertificate[] = [];
  for (const use of options.uses ?? ['authentication', 'non-repudiation', 'encryption']) {
    const keys = (await webcrypto.subtle.generateKey(RSA, true, [
      'sign',
      'verify',
    ])) as webcrypto.CryptoKeyPair;
    const certificate = await x509.X509CertificateGenerator.create({
      serialNumber: serial(),
      subject: [{ CN: [options.subjectCN] }],
      issuer: caCertificate.subject,
      notBefore,
      notAfter,
      publicKey: keys.publicKey,
      signingKey: caKey,
      signingAlgorithm: CA_ALGORITHM,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(keyUsage(use), true),
        ...(use === 'authentication'
          ? [new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth])]
          : []),
        uziSubjectAltNameExtension(options.identityString),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
        await x509.AuthorityKeyIdentifierExtension.create(caCertificate),
      ],
    });
    const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
    issued.push({
      use,
      cert: certificate.toString('pem'),
      key: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY'),
    });
  }
  return issued;
}

/** Which use a certificate's key usage says it is for (null when it says none of the three). */
export function passCertificateUse(cert: x509.X509Certificate): PassCertificateUse | null {
  const usage = cert.getExtension(x509.KeyUsagesExtension);
  if (!usage) return null;
  if (usage.usages & x509.KeyUsageFlags.nonRepudiation) return 'non-repudiation';
  if (usage.usages & x509.KeyUsageFlags.digitalSignature) return 'authentication';
  if (usage.usages & (x509.KeyUsageFlags.keyEncipherment | x509.KeyUsageFlags.dataEncipherment))
    return 'encryption';
  return null;
}
