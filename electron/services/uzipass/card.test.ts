import { createPublicKey, createVerify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificatesInPem } from '../identity/chain';
import { issuePassCertificates } from '../identity/passPki';
import { createTestCa, type TestCa } from '../identity/testPki';
import { x509 } from '../identity/x509';
import { listCards, openCardSession, pinStateOf, readPass } from './card';
import { CardError } from './errors';
import { CK } from './pkcs11';
import { createSoftHsm, type SoftHsm } from './testing/softhsm';

const Z = (uzi: string) => `2.16.528.1.1003.1.3.5.5.2-1-${uzi}-Z-90000111-01.015-01234567`;
const M = (uzi: string) => `2.16.528.1.1003.1.3.5.5.4-1-${uzi}-M-90000111-00.000-00000000`;
const PIN = '123456';
const DAY = 86_400_000;

let hsm: SoftHsm;
let ca: TestCa;
let anchors: x509.X509Certificate[];
const cards: Record<string, string> = {};

beforeAll(async () => {
  hsm = await createSoftHsm();
  ca = await createTestCa({ commonName: 'Test UZI-register Zorgverlener CA' });
  const foreignCa = await createTestCa({ commonName: 'Not the UZI register' });
  anchors = certificatesInPem(ca.cert);
  const now = Date.now();
  const passes = {
    gp: await issuePassCertificates({
      ca,
      identityString: Z('900010001'),
      subjectCN: 'dr. A.M. de Vries',
    }),
    expired: await issuePassCertificates({
      ca,
      identityString: Z('900010002'),
      subjectCN: 'dr. Verlopen',
      notBefore: new Date(now - 400 * DAY),
      notAfter: new Date(now - DAY),
    }),
    foreign: await issuePassCertificates({
      ca: foreignCa,
      identityString: Z('900010003'),
      subjectCN: 'dr. Vreemd',
    }),
    unnamed: await issuePassCertificates({
      ca,
      identityString: M('900050005'),
      subjectCN: 'Balie HAP',
    }),
  };
  for (const [label, certificates] of Object.entries(passes))
    cards[label] = hsm.insertCard({ label, pin: PIN, certificates });
}, 60_000);

afterAll(() => hsm.dispose());

const slotOf = (label: string) => {
  const card = listCards(hsm.library).find((c) => c.label === label);
  if (!card) throw new Error(`no card ${label}`);
  return card.slotId;
};

describe('UZI pass over PKCS#11 (SoftHSM2)', () => {
  it('lists the cards with their token info', () => {
    const list = listCards(hsm.library);
    expect(list.map((c) => c.label).sort()).toEqual(['expired', 'foreign', 'gp', 'unnamed']);
    expect(list.find((c) => c.label === 'gp')).toMatchObject({
      serialNumber: cards.gp,
      pinState: 'ok',
    });
  });

  it('reads the authentication certificate (of three) and the UZI identity, accepted', async () => {
    const pass = await readPass(hsm.library, slotOf('gp'), anchors, new Date());
    expect(pass.refusal).toBeNull();
    expect(pass.holder).toBe('dr. A.M. de Vries');
    expect(pass.certificate.identity).toMatchObject({
      uziNumber: '900010001',
      passType: 'zorgverlener',
      roleCode: '01.015',
    });
    const usage = new x509.X509Certificate(pass.certificatePem).getExtension(
      x509.KeyUsagesExtension,
    );
    expect(usage?.usages).toBe(1); // digitalSignature only: not the non-repudiation certificate
  });

  it('signs RSA-SHA256 on the card; the certificate’s public key verifies it', async () => {
    const pass = await readPass(hsm.library, slotOf('gp'), anchors, new Date());
    const card = openCardSession(hsm.library, pass, PIN);
    try {
      const data = new TextEncoder().encode('<SignedInfo>test</SignedInfo>');
      const signature = await card.signer.sign(data);
      const verify = createVerify('RSA-SHA256');
      verify.update(data);
      expect(verify.verify(createPublicKey(pass.certificatePem), signature)).toBe(true);
      verify.end();
      const tampered = createVerify('RSA-SHA256');
      tampered.update(new TextEncoder().encode('<SignedInfo>tost</SignedInfo>'));
      expect(tampered.verify(createPublicKey(pass.certificatePem), signature)).toBe(false);
      expect(card.present()).toBe(true);
    } finally {
      card.close();
    }
    expect(card.present()).toBe(false);
  });

  it('a wrong PIN is refused and the card says few attempts are left; the PIN is in no message', async () => {
    const pass = await readPass(hsm.library, slotOf('gp'), anchors, new Date());
    const error = (() => {
      try {
        openCardSession(hsm.library, pass, '999999');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CardError);
    expect(error).toMatchObject({ problem: 'pin-incorrect', pinState: 'count-low' });
    expect((error as Error).message).toMatch(/Few attempts are left/);
    expect((error as Error).message).not.toContain('999999');
    expect(listCards(hsm.library).find((c) => c.label === 'gp')?.pinState).toBe('count-low');
    // the right PIN still works afterwards
    openCardSession(hsm.library, pass, PIN).close();
  });

  it('SoftHSM2 never locks a PIN: after many wrong tries it still only says COUNT_LOW (so the locked path is tested on the flags)', async () => {
    const pass = await readPass(hsm.library, slotOf('gp'), anchors, new Date());
    for (let i = 0; i < 12; i++)
      expect(() => openCardSession(hsm.library, pass, '000000')).toThrow(/not correct/);
    expect(listCards(hsm.library).find((c) => c.label === 'gp')?.pinState).toBe('count-low');
    openCardSession(hsm.library, pass, PIN).close();
  });

  it('reads the PKCS#11 PIN flags as the card’s state', () => {
    expect(pinStateOf(CK.CKF_TOKEN_INITIALIZED)).toBe('ok');
    expect(pinStateOf(CK.CKF_USER_PIN_COUNT_LOW)).toBe('count-low');
    expect(pinStateOf(CK.CKF_USER_PIN_COUNT_LOW | CK.CKF_USER_PIN_FINAL_TRY)).toBe('final-try');
    expect(pinStateOf(CK.CKF_USER_PIN_LOCKED | CK.CKF_USER_PIN_COUNT_LOW)).toBe('locked');
  });

  it('refuses an expired pass, a pass from a foreign CA and a pass niet op naam, each with its reason', async () => {
    const expired = await readPass(hsm.library, slotOf('expired'), anchors, new Date());
    expect(expired.refusal).toMatchObject({ problem: 'expired' });
    expect(expired.refusal?.message).toMatch(/expired/);
    const foreign = await readPass(hsm.library, slotOf('foreign'), anchors, new Date());
    expect(foreign.refusal).toMatchObject({ problem: 'foreign-ca' });
    expect(foreign.refusal?.message).toMatch(/not from the UZI register/);
    const unnamed = await readPass(hsm.library, slotOf('unnamed'), anchors, new Date());
    expect(unnamed.certificate.identity.passType).toBe('medewerker-niet-op-naam');
    expect(unnamed.refusal).toMatchObject({ problem: 'not-on-name' });
    expect(unnamed.refusal?.message).toMatch(/niet op naam/);
  });

  it('a pulled card: present() turns false and signing fails with card-removed', async () => {
    const ca2Pass = await issuePassCertificates({
      ca,
      identityString: Z('900010009'),
      subjectCN: 'dr. Trekker',
    });
    hsm.insertCard({ label: 'pulled', pin: PIN, certificates: ca2Pass });
    const pass = await readPass(hsm.library, slotOf('pulled'), anchors, new Date());
    const card = openCardSession(hsm.library, pass, PIN);
    expect(card.present()).toBe(true);
    hsm.removeCard('pulled');
    expect(card.present()).toBe(false);
    await expect(card.signer.sign(new Uint8Array([1]))).rejects.toMatchObject({
      problem: 'card-removed',
    });
    card.close();
  });
});
