import { id_ce_subjectAltName } from '@peculiar/asn1-x509';
import { type UziIdentity, parseUziIdentityString } from '../../../shared/domain/uzi/uziIdentity';
import { uziIdentityStringsIn } from './uziSubjectAltName';
import { x509 } from './x509';

export type UziCertificateProblem =
  'unreadable-certificate' | 'no-uzi-identity' | 'several-uzi-identities' | 'malformed-identity';

export class UziCertificateError extends Error {
  constructor(
    readonly problem: UziCertificateProblem,
    message: string,
  ) {
    super(message);
    this.name = 'UziCertificateError';
  }
}

/** A UZI identity as read from a certificate, with the certificate facts worth showing. */
export interface UziCertificate {
  identity: UziIdentity;
  identityString: string;
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
}

function parseCertificate(input: string | Uint8Array): x509.X509Certificate {
  try {
    // A PEM string, or DER bytes (a Node Buffer is a Uint8Array).
    return new x509.X509Certificate(typeof input === 'string' ? input : Uint8Array.from(input));
  } catch (error) {
    throw new UziCertificateError(
      'unreadable-certificate',
      `not a readable X.509 certificate: ${(error as Error).message}`,
    );
  }
}

/**
 * Reads the UZI identity from a certificate (PEM text or DER bytes): the subjectAltName
 * otherName 2.5.5.5 holding `<CA OID>-<version>-<UZI>-<pass type>-<URA>-<role>-<AGB>`.
 * Does not verify the chain; that is the TLS layer's job.
 */
export function readUziCertificate(input: string | Uint8Array): UziCertificate {
  const certificate = parseCertificate(input);
  const san = certificate.extensions.find((e) => e.type === id_ce_subjectAltName);
  const strings = san ? uziIdentityStringsIn(san.value) : [];
  if (strings.length === 0) {
    throw new UziCertificateError('no-uzi-identity', 'the certificate carries no UZI identity');
  }
  if (strings.length > 1) {
    throw new UziCertificateError(
      'several-uzi-identities',
      'the certificate carries more than one UZI identity',
    );
  }
  const identityString = strings[0] as string;
  const parsed = parseUziIdentityString(identityString);
  if (!parsed.ok) {
    throw new UziCertificateError('malformed-identity', `UZI identity: ${parsed.message}`);
  }
  return {
    identity: parsed.identity,
    identityString,
    subject: certificate.subject,
    issuer: certificate.issuer,
    serialNumber: certificate.serialNumber,
    notBefore: certificate.notBefore,
    notAfter: certificate.notAfter,
  };
}
