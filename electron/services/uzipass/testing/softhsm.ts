import { execFileSync } from 'node:child_process';
import { createPrivateKey, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { passCertificateLabel, type IssuedPassCertificate } from '../../identity/passPki';
import { x509 } from '../../identity/x509';
import { CK, pkcs11Library, type Pkcs11Library } from '../pkcs11';
import type * as graphene from 'graphene-pk11';

export const SOFTHSM_MODULE = '/usr/lib/softhsm/libsofthsm2.so';
export const SO_PIN = '87654321';

/**
 * SoftHSM2 as the test smartcard: a configuration and token directory in a temp dir, pointed at
 * by SOFTHSM2_CONF before the module is first initialised in this process (SoftHSM reads it
 * then). Tokens are made with `softhsm2-util`; SoftHSM shows a new token only after the module is
 * initialised again, so `insertCard` reloads the library.
 */
export interface SoftHsm {
  dir: string;
  library: Pkcs11Library;
  /** Makes a token ("card") with the pass certificates and their keys; returns its serial. */
  insertCard(options: {
    label: string;
    pin: string;
    certificates: IssuedPassCertificate[];
  }): string;
  /** Deletes a token: what SoftHSM offers for "the card was pulled". */
  removeCard(label: string): void;
  dispose(): void;
}

const b64url = (s: string | undefined) => Buffer.from(s ?? '', 'base64url');

export async function createSoftHsm(): Promise<SoftHsm> {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-softhsm-'));
  const tokens = join(dir, 'tokens');
  mkdirSync(tokens);
  const conf = join(dir, 'softhsm2.conf');
  writeFileSync(
    conf,
    `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\n`,
  );
  process.env.SOFTHSM2_CONF = conf;
  const library = await pkcs11Library(SOFTHSM_MODULE);
  library.reload(); // reads this SOFTHSM2_CONF even when the module was loaded before
  const util = (args: string[]) =>
    execFileSync('softhsm2-util', args, {
      env: { ...process.env, SOFTHSM2_CONF: conf },
      stdio: 'pipe',
    });

  function importInto(serial: string, pin: string, certificates: IssuedPassCertificate[]): void {
    const slots = library.module.getSlots(true);
    let slot: graphene.Slot | null = null;
    for (let i = 0; i < slots.length; i++) {
      const candidate = slots.items(i);
      try {
        if (candidate.getToken().serialNumber.trim() === serial) slot = candidate;
      } catch {
        // an empty slot
      }
    }
    if (!slot) throw new Error(`SoftHSM token ${serial} not found`);
    const session = slot.open(CK.CKF_SERIAL_SESSION | CK.CKF_RW_SESSION);
    session.login(pin, CK.CKU_USER);
    try {
      for (const issued of certificates) {
        const id = randomBytes(8);
        const label = passCertificateLabel(issued.use);
        const certificate = new x509.X509Certificate(issued.cert);
        session.create({
          class: CK.CKO_CERTIFICATE,
          certType: CK.CKC_X_509,
          token: true,
          private: false,
          id,
          label,
          subject: Buffer.from(certificate.subjectName.toArrayBuffer()),
          value: Buffer.from(certificate.rawData),
        });
        const jwk = createPrivateKey(issued.key).export({ format: 'jwk' });
        session.create({
          class: CK.CKO_PRIVATE_KEY,
          keyType: CK.CKK_RSA,
          token: true,
          private: true,
          sensitive: true,
          sign: issued.use !== 'encryption',
          decrypt: issued.use === 'encryption',
          id,
          label,
          modulus: b64url(jwk.n),
          publicExponent: b64url(jwk.e),
          privateExponent: b64url(jwk.d),
          prime1: b64url(jwk.p),
          prime2: b64url(jwk.q),
          exp1: b64url(jwk.dp),
          exp2: b64url(jwk.dq),
          coefficient: b64url(jwk.qi),
        });
      }
    } finally {
      session.logout();
      session.close();
    }
  }

  return {
    dir,
    library,
    insertCard({ label, pin, certificates }) {
      const out = util([
        '--init-token',
        '--free',
        '--label',
        label,
        '--pin',
        pin,
        '--so-pin',
        SO_PIN,
      ]).toString();
      library.reload();
      const tokenList = library.module.getSlots(true);
      let serial: string | null = null;
      for (let i = 0; i < tokenList.length; i++) {
        try {
          const token = tokenList.items(i).getToken();
          if (token.label.trim() === label) serial = token.serialNumber.trim();
        } catch {
          // empty
        }
      }
      if (!serial) throw new Error(`SoftHSM did not show the new token: ${out}`);
      importInto(serial, pin, certificates);
      return serial;
    },
    removeCard(label) {
      util(['--delete-token', '--token', label]);
    },
    dispose() {
      try {
        library.module.finalize();
      } catch {
        // already
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
