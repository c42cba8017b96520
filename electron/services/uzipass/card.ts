import { passTypeInfo } from '../../../shared/domain/uzi';
import { verifyChain } from '../identity/chain';
import { passCertificateUse } from '../identity/passPki';
import { readUziCertificate, type UziCertificate } from '../identity/readUziCertificate';
import { x509 } from '../identity/x509';
import { CardError, type PinState } from './errors';
import type * as graphene from 'graphene-pk11';
import { CK, pkcs11Code, type Pkcs11Library } from './pkcs11';
import type { Signer } from './signer';

/** A reader slot with a card in it, as the token describes itself. */
export interface CardSlot {
  /** The slot handle, hex; stable while the module stays loaded. */
  slotId: string;
  description: string;
  label: string;
  serialNumber: string;
  manufacturer: string;
  pinState: PinState;
}

/** The pass on a card: its authentication certificate read, checked and explained. */
export interface PassOnCard extends CardSlot {
  holder: string;
  certificate: UziCertificate;
  certificatePem: string;
  /** Why this pass may not sign in; null when it may. */
  refusal: { problem: CardError['problem']; message: string } | null;
}

export function pinStateOf(flags: number): PinState {
  if (flags & CK.CKF_USER_PIN_LOCKED) return 'locked';
  if (flags & CK.CKF_USER_PIN_FINAL_TRY) return 'final-try';
  if (flags & CK.CKF_USER_PIN_COUNT_LOW) return 'count-low';
  return 'ok';
}

const hex = (handle: Buffer) => handle.toString('hex');

function slotById(lib: Pkcs11Library, slotId: string): graphene.Slot {
  const slots = lib.module.getSlots(true);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots.items(i);
    if (hex(slot.handle) === slotId) return slot;
  }
  throw new CardError('card-removed', 'The card is no longer in the reader.');
}

/** Slots that hold an initialised token (a card). */
export function listCards(lib: Pkcs11Library): CardSlot[] {
  let slots: graphene.SlotCollection;
  try {
    slots = lib.module.getSlots(true);
  } catch (error) {
    throw new CardError(
      'middleware',
      `The card middleware does not answer: ${(error as Error).message}`,
    );
  }
  const found: CardSlot[] = [];
  for (let i = 0; i < slots.length; i++) {
    const slot = slots.items(i);
    try {
      const token = slot.getToken();
      if (!(token.flags & CK.CKF_TOKEN_INITIALIZED)) continue;
      found.push({
        slotId: hex(slot.handle),
        description: slot.slotDescription.trim(),
        label: token.label.trim(),
        serialNumber: token.serialNumber.trim(),
        manufacturer: token.manufacturerID.trim(),
        pinState: pinStateOf(token.flags),
      });
    } catch {
      // a slot whose token cannot be read is as good as empty (SoftHSM2 after a deleted token)
    }
  }
  return found;
}

interface CardCertificate {
  id: Buffer;
  label: string;
  der: Buffer;
  parsed: x509.X509Certificate;
}

function certificatesOn(session: graphene.Session): CardCertificate[] {
  const found: CardCertificate[] = [];
  const objects = session.find({ class: CK.CKO_CERTIFICATE });
  for (let i = 0; i < objects.length; i++) {
    const object = objects.items(i);
    const attrs = object.getAttribute({ id: null, label: null, value: null }) as {
      id: Buffer;
      label: string;
      value: Buffer;
    };
    try {
      found.push({
        id: attrs.id,
        label: attrs.label,
        der: attrs.value,
        parsed: new x509.X509Certificate(Uint8Array.from(attrs.value)),
      });
    } catch {
      // not an X.509 certificate we can read: not the authentication certificate either
    }
  }
  return found;
}

/**
 * The authentication certificate: a UZI pass holds three (authentication, non-repudiation,
 * encryption); the key usage says which is which (digitalSignature without nonRepudiation), the
 * label decides only when the key usage is absent.
 */
export function pickAuthenticationCertificate(certs: CardCertificate[]): CardCertificate | null {
  return (
    certs.find((c) => passCertificateUse(c.parsed) === 'authentication') ??
    certs.find((c) => passCertificateUse(c.parsed) === null && /auth/i.test(c.label)) ??
    null
  );
}

function refusalOf(
  certificate: UziCertificate,
  chain: Awaited<ReturnType<typeof verifyChain>>,
): PassOnCard['refusal'] {
  if (!chain.ok) {
    if (chain.problem === 'untrusted')
      return {
        problem: 'foreign-ca',
        message: `This pass is not from the UZI register: ${chain.message}.`,
      };
    if (chain.problem === 'expired')
      return { problem: 'expired', message: `This pass has expired: ${chain.message}.` };
    if (chain.problem === 'not-yet-valid')
      return { problem: 'not-yet-valid', message: `This pass is not valid yet: ${chain.message}.` };
    return { problem: 'unreadable-certificate', message: chain.message };
  }
  const type = certificate.identity.passType;
  if (type === 'medewerker-niet-op-naam')
    return {
      problem: 'not-on-name',
      message: `A ${passTypeInfo[type].en.toLowerCase()} (niet op naam) cannot sign in: the LSP admits only passes in a person's name.`,
    };
  if (type === 'server')
    return {
      problem: 'server-certificate',
      message: 'This card holds a server certificate, not a personal UZI pass.',
    };
  return null;
}

function openSession(slot: graphene.Slot): graphene.Session {
  return slot.open(CK.CKF_SERIAL_SESSION);
}

/** Reads the pass in a slot without the PIN (certificates are public objects) and checks it. */
export async function readPass(
  lib: Pkcs11Library,
  slotId: string,
  trustAnchors: x509.X509Certificate[],
  now: Date,
): Promise<PassOnCard> {
  const card = listCards(lib).find((c) => c.slotId === slotId);
  if (!card) throw new CardError('no-card', 'There is no card in this reader.');
  const session = openSession(slotById(lib, slotId));
  try {
    const auth = pickAuthenticationCertificate(certificatesOn(session));
    if (!auth)
      throw new CardError(
        'no-authentication-certificate',
        'The card holds no UZI authentication certificate.',
      );
    let certificate: UziCertificate;
    try {
      certificate = readUziCertificate(Uint8Array.from(auth.der));
    } catch (error) {
      throw new CardError(
        'unreadable-certificate',
        `The pass certificate cannot be read: ${(error as Error).message}`,
      );
    }
    const chain = await verifyChain(auth.parsed, trustAnchors, now);
    const cn = /(?:^|,\s*)CN=([^,]+)/.exec(certificate.subject)?.[1] ?? certificate.subject;
    return {
      ...card,
      holder: cn,
      certificate,
      certificatePem: auth.parsed.toString('pem'),
      refusal: refusalOf(certificate, chain),
    };
  } finally {
    session.close();
  }
}

/** A signed-in card: signs with the authentication key until the card is gone or it is closed. */
export interface CardSession {
  slotId: string;
  serialNumber: string;
  signer: Signer;
  /** Whether the same card is still in the reader (C_GetSlotInfo / C_GetTokenInfo). */
  present(): boolean;
  /** Checks the PIN again on the card (the idle lock); throws CardError when refused. */
  verifyPin(pin: string): void;
  close(): void;
}

function currentPinState(lib: Pkcs11Library, slotId: string): PinState | null {
  try {
    return pinStateOf(slotById(lib, slotId).getToken().flags);
  } catch {
    return null;
  }
}

const PIN_TEXT: Record<PinState, string> = {
  ok: 'The PIN is not correct.',
  'count-low': 'The PIN is not correct. Few attempts are left before the card locks.',
  'final-try': 'The PIN is not correct. One attempt is left: a wrong PIN now locks the card.',
  locked:
    'The PIN is not correct and the card is now locked. The UZI register can unlock it (PUK).',
};

const CARD_LOCKED =
  'This card is locked: too many wrong PINs. The UZI register can unlock it (PUK).';

/** A PIN the card can be asked about at all: 4 to 64 characters, no spaces. */
function checkPinFormat(pin: string): void {
  if (!/^\S{4,64}$/.test(pin))
    throw new CardError('pin-format', 'Enter the PIN of the pass (at least 4 characters).');
}

/** What a refused C_Login means for the person at the reader. */
function loginError(lib: Pkcs11Library, slotId: string, error: unknown): CardError {
  const code = pkcs11Code(error);
  if (code === 'CKR_PIN_INCORRECT') {
    const state = currentPinState(lib, slotId) ?? 'ok';
    return new CardError(
      state === 'locked' ? 'pin-locked' : 'pin-incorrect',
      PIN_TEXT[state],
      state,
    );
  }
  if (code === 'CKR_PIN_LOCKED') return new CardError('pin-locked', CARD_LOCKED, 'locked');
  if (code === 'CKR_PIN_LEN_RANGE')
    return new CardError('pin-format', 'The PIN has the wrong length.');
  if (code === 'CKR_DEVICE_REMOVED' || code === 'CKR_TOKEN_NOT_PRESENT')
    return new CardError('card-removed', 'The card was taken out of the reader.');
  return new CardError('middleware', `The card refused the sign-in (${code ?? 'unknown error'}).`);
}

/**
 * Logs in with the PIN (used once, never kept) and finds the private key of the authentication
 * certificate (same CKA_ID). The PIN is not in any error message.
 */
export function openCardSession(
  lib: Pkcs11Library,
  pass: Pick<PassOnCard, 'slotId' | 'serialNumber' | 'certificatePem'>,
  pin: string,
): CardSession {
  checkPinFormat(pin);
  const before = currentPinState(lib, pass.slotId);
  if (before === 'locked') throw new CardError('pin-locked', CARD_LOCKED, 'locked');
  const slot = slotById(lib, pass.slotId);
  const session = openSession(slot);
  try {
    session.login(pin, CK.CKU_USER);
  } catch (error) {
    session.close();
    throw loginError(lib, pass.slotId, error);
  }
  const wanted = new x509.X509Certificate(pass.certificatePem);
  const certs = certificatesOn(session);
  const auth = certs.find((c) => Buffer.from(c.parsed.rawData).equals(Buffer.from(wanted.rawData)));
  const noKey = () =>
    new CardError(
      'no-authentication-certificate',
      'The card holds no key for its authentication certificate.',
    );
  /** The private key of the authentication certificate; null when the card holds none. */
  const findKey = (): graphene.PrivateKey | null => {
    const keys = auth ? session.find({ class: CK.CKO_PRIVATE_KEY, id: auth.id }) : null;
    return keys && keys.length > 0 ? keys.items(0).toType<graphene.PrivateKey>() : null;
  };
  const first = findKey();
  if (!first) {
    session.logout();
    session.close();
    throw noKey();
  }
  let key = first;
  let open = true;
  const present = (): boolean => {
    if (!open) return false;
    try {
      const info = lib.module.lib.C_GetSlotInfo(slot.handle);
      if (!(info.flags & CK.CKF_TOKEN_PRESENT)) return false;
      return lib.module.lib.C_GetTokenInfo(slot.handle).serialNumber.trim() === pass.serialNumber;
    } catch {
      return false;
    }
  };
  const close = () => {
    if (!open) return;
    open = false;
    try {
      session.logout();
    } catch {
      // the card may be gone already
    }
    try {
      session.close();
    } catch {
      // idem
    }
  };
  const signer: Signer = {
    certificatePem: pass.certificatePem,
    algorithm: 'RSA-SHA256',
    usable: present,
    sign(data) {
      if (!present())
        return Promise.reject(
          new CardError('card-removed', 'The card was taken out of the reader.'),
        );
      try {
        const signature = session.createSign('SHA256_RSA_PKCS', key).once(Buffer.from(data));
        return Promise.resolve(new Uint8Array(signature));
      } catch (error) {
        return Promise.reject(
          present()
            ? new CardError(
                'middleware',
                `The card did not sign (${pkcs11Code(error) ?? 'unknown error'}).`,
              )
            : new CardError('card-removed', 'The card was taken out of the reader.'),
        );
      }
    },
  };
  /**
   * The idle lock's unlock: the PIN again, checked by the card itself (log out, log in). A wrong
   * PIN leaves the session logged out, so nothing signs until the right one is given.
   */
  const verifyPin = (again: string) => {
    checkPinFormat(again);
    if (!present()) throw new CardError('card-removed', 'The card was taken out of the reader.');
    try {
      session.logout();
    } catch {
      // not logged in (an earlier wrong PIN): the login below decides
    }
    try {
      session.login(again, CK.CKU_USER);
    } catch (error) {
      throw loginError(lib, pass.slotId, error);
    }
    // A logout invalidates the handles of private objects: find the key again.
    const found = findKey();
    if (!found) throw noKey();
    key = found;
  };
  return {
    slotId: pass.slotId,
    serialNumber: pass.serialNumber,
    signer,
    present,
    verifyPin,
    close,
  };
}
