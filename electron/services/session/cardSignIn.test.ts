import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessEventInput } from '../../../shared/domain/accessEvent';
import type { AccessLog } from '../accesslog/accessLog';
import { certificatesInPem } from '../identity/chain';
import { issuePassCertificates } from '../identity/passPki';
import { createTestCa, type TestCa } from '../identity/testPki';
import { createSoftHsm, SOFTHSM_MODULE, type SoftHsm } from '../uzipass/testing/softhsm';
import { createCardSignIn, type CardSignIn } from './cardSignIn';
import { createSessionService, type SessionService } from './session';

const PIN = '246810';
const ORG = { ura: '90000111', name: 'Huisartsenpost Amstelland (test)' };
let hsm: SoftHsm;
let ca: TestCa;
const events: AccessEventInput[] = [];
const log: AccessLog = {
  append: (e) => events.push(e),
  appendMany: (es) => es.map((e) => events.push(e)),
  key: null,
};

beforeAll(async () => {
  hsm = await createSoftHsm();
  ca = await createTestCa({ commonName: 'Test UZI-register CA' });
}, 30_000);
afterAll(() => hsm.dispose());

function setup(): { session: SessionService; card: CardSignIn; removed: () => number } {
  const session = createSessionService({
    log,
    demo: false,
    demoIdentities: [],
    clock: () => new Date(),
  });
  let removed = 0;
  const card = createCardSignIn({
    session,
    modulePath: SOFTHSM_MODULE,
    library: hsm.library,
    trustAnchors: certificatesInPem(ca.cert),
    organisation: ORG,
    clock: () => new Date(),
    onRemoved: () => removed++,
    pollMs: 20,
  });
  return { session, card, removed: () => removed };
}

async function insert(label: string, identityString: string, name: string) {
  const certificates = await issuePassCertificates({ ca, identityString, subjectCN: name });
  hsm.insertCard({ label, pin: PIN, certificates });
}

describe('sign-in with the UZI pass', () => {
  it('shows the card, signs in with the PIN, signs through the card, and a pulled card ends the session', async () => {
    await insert(
      'gp',
      '2.16.528.1.1003.1.3.5.5.2-1-900010001-Z-90000111-01.015-01234567',
      'dr. A.M. de Vries',
    );
    const { session, card, removed } = setup();
    const status = await card.status();
    expect(status.state).toBe('card');
    expect(status.card).toMatchObject({
      holder: 'dr. A.M. de Vries',
      uziNumber: '900010001',
      passType: 'zorgverlener',
      refusal: null,
    });

    await expect(card.signIn({ pin: '111111' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(session.current()).toBeNull();
    expect((await card.status()).card?.pinState).toBe('count-low');

    const signedIn = await card.signIn({ pin: PIN });
    expect(signedIn).toMatchObject({
      demo: false,
      person: { uziNumber: '900010001', roleCode: '01.015' },
      organisation: ORG,
    });
    expect(events.at(-1)).toMatchObject({
      eventType: 'sign-in',
      outcome: 'success',
      actorUzi: '900010001',
    });
    expect(JSON.stringify(events)).not.toContain(PIN);
    expect(card.signer()).not.toBeNull();
    expect((await card.status()).state).toBe('signed-in');

    hsm.removeCard('gp');
    await expect.poll(() => session.current(), { timeout: 5000 }).toBeNull();
    expect(removed()).toBe(1);
    expect(card.signer()).toBeNull();
    expect(events.at(-1)).toMatchObject({ eventType: 'sign-out', actorUzi: '900010001' });
    card.close();
  });

  it('refuses a pass niet op naam with its reason, and logs the refusal', async () => {
    await insert(
      'balie',
      '2.16.528.1.1003.1.3.5.5.4-1-900050005-M-90000111-00.000-00000000',
      'Balie HAP',
    );
    const { session, card } = setup();
    const status = await card.status();
    expect(status.card?.refusal?.problem).toBe('not-on-name');
    await expect(card.signIn({ pin: PIN })).rejects.toMatchObject({
      code: 'NOT_AUTHORISED',
      message: expect.stringMatching(/niet op naam/),
    });
    expect(session.current()).toBeNull();
    expect(events.at(-1)).toMatchObject({
      eventType: 'sign-in',
      outcome: 'refused',
      reasonCode: 'pass:not-on-name',
      actorUzi: '900050005',
    });
    hsm.removeCard('balie');
    card.close();
  });

  it('says there is no card when the reader is empty', async () => {
    const { card } = setup();
    expect((await card.status()).state).toBe('no-card');
    await expect(card.signIn({ pin: PIN })).rejects.toMatchObject({ code: 'NOT_SIGNED_IN' });
  });

  it('unlocks the idle lock only with the PIN of the pass in the reader, checked by the card', async () => {
    await insert(
      'lock',
      '2.16.528.1.1003.1.3.5.5.2-1-900010002-Z-90000111-01.015-01234568',
      'dr. B. Smit',
    );
    const { session, card } = setup();
    await card.signIn({ pin: PIN });
    session.lock();
    expect(session.isLocked()).toBe(true);

    await expect(card.unlock({ pin: '111111' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(session.isLocked()).toBe(true);
    expect(session.current()).toBeNull();
    await expect(card.unlock({ pin: '12' })).rejects.toMatchObject({ code: 'VALIDATION' });

    expect(await card.unlock({ pin: PIN })).toEqual({ unlocked: true });
    expect(session.current()?.person.uziNumber).toBe('900010002');
    // The card session is logged in again: it signs.
    const signature = await card.signer()?.sign(new TextEncoder().encode('after the lock'));
    expect(signature?.byteLength).toBeGreaterThan(100);
    expect(JSON.stringify(events)).not.toContain(PIN);
    expect(JSON.stringify(events)).not.toContain('111111');
    hsm.removeCard('lock');
    await expect.poll(() => session.current(), { timeout: 5000 }).toBeNull();
    card.close();
  });
});
