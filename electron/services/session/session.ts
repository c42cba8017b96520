import { ServiceError } from '../../../shared/api/result';
import type { DemoIdentity, Session } from '../../../shared/api/schemas';
import type { AccessLog } from '../accesslog/accessLog';
import { emptyDetails, sessionFields } from '../accesslog/sessionFields';

/** Who is signed in. Held in memory only; sign-out forgets it. */
export interface SessionService {
  current(): Session | null;
  /** The session, or NOT_SIGNED_IN. */
  require(): Session;
  signInDemo(identityId: string): Session;
  signOut(): { signedOut: boolean };
  /** The idle lock: logged; the session stays, the screen is locked by the renderer. */
  lock(): { locked: boolean };
  /**
   * Live mode: signs in the holder of a checked UZI pass (electron/services/session/cardSignIn.ts
   * reads the card and checks the PIN). Logged before the session exists.
   */
  signInWithPass(person: Omit<Session, 'signedInAt' | 'demo'>): Session;
  /** A refused sign-in (pass niet op naam, expired, foreign CA, locked card): logged with its reason. */
  logRefusedSignIn(person: Omit<Session, 'signedInAt' | 'demo'>, reasonCode: string): void;
}

export function createSessionService(deps: {
  log: AccessLog;
  demo: boolean;
  demoIdentities: DemoIdentity[];
  clock: () => Date;
}): SessionService {
  let session: Session | null = null;

  const sessionEvent = (eventType: 'sign-in' | 'sign-out' | 'idle-lock', s: Session) => ({
    ...emptyDetails,
    ...sessionFields(s),
    eventType,
    dataCategory: 'session' as const,
    legalBasis: 'none' as const,
    consentBasis: 'not-applicable' as const,
    outcome: 'success' as const,
  });

  return {
    current: () => session,
    require() {
      if (!session) throw new ServiceError('NOT_SIGNED_IN', 'Sign in first.');
      return session;
    },
    signInDemo(identityId) {
      if (!deps.demo)
        throw new ServiceError('NOT_AUTHORISED', 'Demo identities exist only in demo mode.');
      const identity = deps.demoIdentities.find((i) => i.id === identityId);
      if (!identity) throw new ServiceError('VALIDATION', `Unknown demo identity: ${identityId}`);
      const next: Session = {
        person: identity.person,
        overseer: identity.overseer,
        organisation: identity.organisation,
        setting: identity.setting,
        signedInAt: deps.clock().toISOString(),
        demo: true,
        logManager: identity.logManager,
      };
      // Logged before the session exists: no access without a trace.
      deps.log.append(sessionEvent('sign-in', next));
      session = next;
      return next;
    },
    signOut() {
      if (!session) return { signedOut: false };
      deps.log.append(sessionEvent('sign-out', session));
      session = null;
      return { signedOut: true };
    },
    lock() {
      if (!session) return { locked: false };
      deps.log.append(sessionEvent('idle-lock', session));
      return { locked: true };
    },
    signInWithPass(person) {
      if (deps.demo)
        throw new ServiceError('NOT_AUTHORISED', 'Demo mode signs in with demo identities only.');
      const next: Session = { ...person, signedInAt: deps.clock().toISOString(), demo: false };
      deps.log.append(sessionEvent('sign-in', next));
      session = next;
      return next;
    },
    logRefusedSignIn(person, reasonCode) {
      const attempted: Session = { ...person, signedInAt: deps.clock().toISOString(), demo: false };
      deps.log.append({ ...sessionEvent('sign-in', attempted), outcome: 'refused', reasonCode });
    },
  };
}
