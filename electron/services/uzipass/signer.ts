import { createPrivateKey, createSign, type KeyObject } from 'node:crypto';

/**
 * What signs a token: the UZI pass on its card (PKCS#11), or a software key for the demo
 * identities. Both sign RSA-SHA256 (PKCS#1 v1.5) over the given bytes; the certificate is the
 * one the token names (holder-of-key).
 */
export interface Signer {
  /** The signing certificate, PEM (read it after `ready`, when given). */
  readonly certificatePem: string;
  /** Resolves when the signer can be used (a demo pass made on first use); absent: ready now. */
  readonly ready?: Promise<void>;
  readonly algorithm: 'RSA-SHA256';
  /** Whether it can still sign (a card signer says no once its card is gone). */
  usable(): boolean;
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/** A signer made when first needed (demo identities: an RSA key takes a while to make). */
export function lazySigner(make: () => Promise<Signer>): Signer {
  let real: Signer | null = null;
  let made: Promise<void> | null = null;
  const start = () => (made ??= make().then((s) => void (real = s)));
  return {
    get certificatePem() {
      if (!real) throw new Error('the signer is not ready yet: await ready first');
      return real.certificatePem;
    },
    get ready() {
      return start();
    },
    algorithm: 'RSA-SHA256',
    usable: () => true,
    async sign(data) {
      await start();
      return (real as Signer).sign(data);
    },
  };
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
