import { createPrivateKey, createSign, type KeyObject } from 'node:crypto';

/**
 * What signs a token: the UZI pass on its card (PKCS#11), or a software key for the demo
 * identities. Both sign RSA-SHA256 (PKCS#1 v1.5) over the given bytes; the certificate is the
 * one the token names (holder-of-key).
 */
export interface Signer {
  /** The signing certificate, PEM. */
  readonly certificatePem: string;
  readonly algorithm: 'RSA-SHA256';
  /** Whether it can still sign (a card signer says no once its card is gone). */
  usable(): boolean;
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** A signer over a key in memory (demo identities, the acceptance tests). */
export function softwareSigner(certificatePem: string, privateKeyPem: string | KeyObject): Signer {
  const key = typeof privateKeyPem === 'string' ? createPrivateKey(privateKeyPem) : privateKeyPem;
  return {
    certificatePem,
    algorithm: 'RSA-SHA256',
    usable: () => true,
    sign: (data) => {
      const signer = createSign('RSA-SHA256');
      signer.update(data);
      return Promise.resolve(new Uint8Array(signer.sign(key)));
    },
  };
}
