import { ServiceError } from '../../../shared/api/result';
import type { CardStatus } from '../../../shared/api/cardSchemas';
import type { Session } from '../../../shared/api/schemas';
import type { x509 } from '../identity/x509';
import {
  CardError,
  listCards,
  openCardSession,
  pkcs11Library,
  readPass,
  type CardSession,
  type PassOnCard,
  type Pkcs11Library,
  type Signer,
} from '../uzipass';
import type { SessionService } from './session';

/**
 * Sign-in with the UZI pass (live mode): the card in the reader, its authentication certificate
 * checked against the trust anchors, the PIN passed to the card once (never logged, never kept),
 * and a watch on the card: taken out, the session ends at once (logged as a sign-out) and
 * `onRemoved` clears what the screen held; put back, it asks for the PIN again.
 */
export interface CardSignIn {
  status(): Promise<CardStatus>;
  signIn(input: { pin: string; slotId?: string }): Promise<Session>;
  /**
   * Ends the idle lock when the PIN of the pass still in the reader is right: whoever sits at an
   * unattended screen cannot take over the session with one click (live mode).
   */
  unlock(input: { pin: string }): Promise<{ unlocked: boolean }>;
  /** The signer of the signed-in card; null when no card session is open. */
  signer(): Signer | null;
  /** Ends the card session (sign-out). */
  end(): void;
  close(): void;
}

export interface CardSignInOptions {
  session: SessionService;
  modulePath: string;
  trustAnchors: x509.X509Certificate[];
  organisation: { ura: string; name: string; city?: string };
  clock: () => Date;
  /** Called when the card was taken out of the reader while signed in. */
  onRemoved: () => void;
  pollMs?: number;
  /** For tests: a library already loaded. */
  library?: Pkcs11Library;
}

const personOf = (
  pass: PassOnCard,
  organisation: { ura: string; name: string; city?: string },
) => ({
  person: {
    uziNumber: pass.certificate.identity.uziNumber,
    name: pass.holder,
    roleCode: pass.certificate.identity.roleCode,
    passType: pass.certificate.identity.passType,
  },
  overseer: null,
  organisation,
  setting: 'HAP' as const,
  logManager: false,
});

export function createCardSignIn(options: CardSignInOptions): CardSignIn {
  let library: Pkcs11Library | null = options.library ?? null;
  let card: CardSession | null = null;
  let watch: NodeJS.Timeout | null = null;

  const lib = async (): Promise<Pkcs11Library> => {
    if (!library) {
      try {
        library = await pkcs11Library(options.modulePath);
      } catch (error) {
        throw new CardError(
          'middleware',
          `The card middleware cannot be loaded: ${(error as Error).message}`,
        );
      }
    }
    return library;
  };

  function stopWatch() {
    if (watch) clearInterval(watch);
    watch = null;
  }

  function end() {
    stopWatch();
    card?.close();
    card = null;
  }

  /** The session ends with the card session: logged as a sign-out, the screen cleared. */
  function endSession() {
    end();
    options.session.signOut();
    options.onRemoved();
  }

  function startWatch() {
    stopWatch();
    watch = setInterval(() => {
      if (card && !card.present()) endSession();
    }, options.pollMs ?? 1000);
    watch.unref?.();
  }

  async function currentPass(slotId?: string): Promise<PassOnCard | null> {
    const l = await lib();
    // SoftHSM2 (and some middleware) shows a new card only after initialising again; only
    // while no card session is open.
    if (!card) l.reload();
    const cards = listCards(l);
    const chosen = slotId ? cards.find((c) => c.slotId === slotId) : cards[0];
    if (!chosen) return null;
    return readPass(l, chosen.slotId, options.trustAnchors, options.clock());
  }

  return {
    async status() {
      if (card) {
        return { state: 'signed-in', card: null, message: null };
      }
      let pass: PassOnCard | null;
      try {
        pass = await currentPass();
      } catch (error) {
        if (error instanceof CardError && error.problem === 'middleware')
          return { state: 'no-middleware', card: null, message: error.message };
        if (error instanceof CardError)
          return { state: 'no-card', card: null, message: error.message };
        throw error;
      }
      if (!pass) return { state: 'no-card', card: null, message: null };
      return {
        state: 'card',
        message: null,
        card: {
          slotId: pass.slotId,
          label: pass.label,
          holder: pass.holder,
          uziNumber: pass.certificate.identity.uziNumber,
          passType: pass.certificate.identity.passType,
          roleCode: pass.certificate.identity.roleCode,
          validUntil: pass.certificate.notAfter.toISOString(),
          pinState: pass.pinState,
          refusal: pass.refusal,
        },
      };
    },

    async signIn({ pin, slotId }) {
      if (card) throw new ServiceError('VALIDATION', 'Already signed in with a card.');
      const pass = await currentPass(slotId).catch((error: unknown) => {
        if (error instanceof CardError) throw new ServiceError('NOT_SIGNED_IN', error.message);
        throw error;
      });
      if (!pass) throw new ServiceError('NOT_SIGNED_IN', 'Put your UZI pass in the reader.');
      const who = personOf(pass, options.organisation);
      if (pass.refusal) {
        options.session.logRefusedSignIn(who, `pass:${pass.refusal.problem}`);
        throw new ServiceError('NOT_AUTHORISED', pass.refusal.message);
      }
      if (pass.certificate.identity.passType === 'medewerker-op-naam') {
        options.session.logRefusedSignIn(who, 'pass:mandate-not-supported');
        throw new ServiceError(
          'NOT_AUTHORISED',
          'A named employee pass signs in under a GP with a mandaattoken; this version cannot make that token yet.',
        );
      }
      try {
        card = openCardSession(await lib(), pass, pin);
      } catch (error) {
        if (error instanceof CardError) {
          if (error.problem === 'pin-locked')
            options.session.logRefusedSignIn(who, 'pass:pin-locked');
          throw new ServiceError(
            error.problem === 'pin-locked' ? 'NOT_AUTHORISED' : 'VALIDATION',
            error.message,
          );
        }
        throw error;
      }
      try {
        const session = options.session.signInWithPass(who);
        startWatch();
        return session;
      } catch (error) {
        end();
        throw error;
      }
    },

    async unlock({ pin }) {
      if (!card) throw new ServiceError('NOT_SIGNED_IN', 'Put your UZI pass in the reader.');
      try {
        card.verifyPin(pin);
      } catch (error) {
        if (!(error instanceof CardError)) throw error;
        if (error.problem === 'pin-locked') {
          // A card locked by wrong PINs at the lock ends the session (logged as a sign-out).
          options.session.logRefusedSignIn(options.session.holder(), 'pass:pin-locked');
          endSession();
          throw new ServiceError('NOT_AUTHORISED', error.message);
        }
        if (error.problem === 'card-removed')
          throw new ServiceError('NOT_SIGNED_IN', error.message);
        throw new ServiceError('VALIDATION', error.message);
      }
      // The PIN was right: the screen opens, also when the services had not locked (yet).
      options.session.unlock();
      return { unlocked: true };
    },

    signer: () => (card ? card.signer : null),
    end,
    close: end,
  };
}
