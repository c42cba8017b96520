import { x509 } from './x509';

/** Why a certificate is not accepted against the trust anchors. */
export type ChainProblem = 'unreadable' | 'untrusted' | 'expired' | 'not-yet-valid';

export type ChainCheck =
  { ok: true; path: string[] } | { ok: false; problem: ChainProblem; message: string };

/** Every certificate in a PEM text (a trust-anchor file may hold a whole chain). */
export function certificatesInPem(pem: string): x509.X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((block) => new x509.X509Certificate(block));
}

function toCertificate(input: string | Uint8Array | x509.X509Certificate): x509.X509Certificate {
  if (input instanceof x509.X509Certificate) return input;
  return new x509.X509Certificate(typeof input === 'string' ? input : Uint8Array.from(input));
}

function within(c: x509.X509Certificate, at: Date): ChainProblem | null {
  if (at.getTime() < c.notBefore.getTime()) return 'not-yet-valid';
  if (at.getTime() > c.notAfter.getTime()) return 'expired';
  return null;
}

/**
 * Checks a certificate against the trust anchors (the UZI CA chain: root and intermediate CA
 * certificates, all trusted as given): each link's signature, and every certificate's validity at
 * `at`. Revocation (CRL/OCSP) is not checked here; docs/live.md says so.
 */
export async function verifyChain(
  leafInput: string | Uint8Array | x509.X509Certificate,
  anchors: x509.X509Certificate[],
  at: Date,
): Promise<ChainCheck> {
  let leaf: x509.X509Certificate;
  try {
    leaf = toCertificate(leafInput);
  } catch (error) {
    return { ok: false, problem: 'unreadable', message: (error as Error).message };
  }
  const window = within(leaf, at);
  if (window)
    return {
      ok: false,
      problem: window,
      message:
        window === 'expired'
          ? `the certificate expired on ${leaf.notAfter.toISOString().slice(0, 10)}`
          : `the certificate is valid only from ${leaf.notBefore.toISOString().slice(0, 10)}`,
    };
  for (const candidate of anchors) {
    if (candidate.subject !== leaf.issuer) continue;
    const signed = await leaf
      .verify({ publicKey: candidate.publicKey, signatureOnly: true })
      .catch(() => false);
    if (!signed) continue;
    // Every anchor is trusted as given (root or intermediate): one trusted issuer is enough.
    const issuerWindow = within(candidate, at);
    if (issuerWindow)
      return {
        ok: false,
        problem: issuerWindow,
        message: `the CA certificate "${candidate.subject}" is not valid now`,
      };
    return { ok: true, path: [leaf.subject, candidate.subject] };
  }
  return {
    ok: false,
    problem: 'untrusted',
    message: `issued by "${leaf.issuer}", which is not among the trust anchors`,
  };
}
