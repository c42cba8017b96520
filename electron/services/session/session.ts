import { ServiceError } from '../../../shared/api/result';
import type { DemoIdentity, Session } from '../../../shared/api/schemas';
import type { AccessLog } from '../accesslog/accessLog';
import { emptyDetails, sessionFields } from '../accesslog/sessionFields';

/** Who is signed in. Held in memory only; sign-out forgets it. */
export interface SessionService {
  current(): Session | null;
  /** The session, or NOT_SIGNED_IN. */
  require(): Session;
  /**
   * Who is signed in, also while locked — only for putting their unsent draft aside at the lock
   * (the draft shelf keys it by person and patient). Never for reading anything.
   */
  holder(): Session;
  signInDemo(identityId: string): Session;
  signOut(): { signedOut: boolean };
  /**
   * The idle lock: logged; the session stays but is held here, not only on the screen: until
   * unlock, `require()` refuses with SESSION_LOCKED and `current()` answers null.
   */
  lock(): { locked: boolean };
  unlock(): { unlocked: boolean };
  isLocked(): boolean;
  /** Something the person did (not a poll): restarts the services' own idle time. */
  touch(): void;
  /**
   * Live mode: signs in the holder of a checked UZI pass (electron/services/session/cardSignIn.ts
   * reads the card and checks the PIN). Logged before the session exists.
   */
  signInWithPass(person: Omit<Session, 'signedInAt' | 'demo'>): Session;
  /** A refused sign-in (pass niet op naam, expired, foreign CA, locked card): logged with its reason. */
  logRefusedSignIn(person: Omit<Session, 'signedInAt' | 'demo'>, reasonCode: string): void;
}

/**
 * The services' own idle lock, a backstop behind the screen's (5 minutes of no input, which then
 * locks here too): after this long without any operation the person started, the session locks
 * itself, also when the window is gone or never locked.
 */
export const SERVER_IDLE_MS = 15 * 60_000;

export function createSessionService(deps: {
  log: AccessLog;
  demo: boolean;
  demoIdentities: DemoIdentity[];
  clock: () => Date;
  idleMs?: number;
}): SessionService {
  let session: Session | null = null;
  let locked = false;
  let lastActivity = 0;
  const idleMs = deps.idleMs ?? SERVER_IDLE_MS;
  /** Locks (and logs it) once the idle time has passed. */
  const checkIdle = () => {
    if (session && !locked && deps.clock().getTime() - lastActivity > idleMs) {
      deps.log.append(sessionEvent('idle-lock', session));
      locked = true;
    }
  };

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
    current() {
      checkIdle();
      return locked ? null : session;
    },
    require() {
      if (!session) throw new ServiceError('NOT_SIGNED_IN', 'Sign in first.');
      checkIdle();
      if (locked) throw new ServiceError('SESSION_LOCKED', 'The screen is locked; unlock first.');
      return session;
    },
    holder() {
      if (!session) throw new ServiceError('NOT_SIGNED_IN', 'Sign in first.');
      return session;
    },
    isLocked() {
      checkIdle();
      return locked;
    },
    touch() {
      if (!locked) lastActivity = deps.clock().getTime();
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
      locked = false;
      lastActivity = deps.clock().getTime();
      return next;
    },
    signOut() {
      if (!session) return { signedOut: false };
      deps.log.append(sessionEvent('sign-out', session));
      session = null;
      locked = false;
      return { signedOut: true };
    },
    lock() {
      if (!session) return { locked: false };
      if (!locked) deps.log.append(sessionEvent('idle-lock', session));
      locked = true;
      return { locked: true };
    },
    unlock() {
      if (!session || !locked) return { unlocked: false };
      locked = false;
      lastActivity = deps.clock().getTime();
      return { unlocked: true };
    },
    signInWithPass(person) {
      if (deps.demo)
        throw new ServiceError('NOT_AUTHORISED', 'Demo mode signs in with demo identities only.');
      const next: Session = { ...person, signedInAt: deps.clock().toISOString(), demo: false };
      deps.log.append(sessionEvent('sign-in', next));
      session = next;
      locked = false;
      lastActivity = deps.clock().getTime();
      return next;
    },
    logRefusedSignIn(person, reasonCode) {
      const attempted: Session = { ...person, signedInAt: deps.clock().toISOString(), demo: false };
      deps.log.append({ ...sessionEvent('sign-in', attempted), outcome: 'refused', reasonCode });
    },
  };
}
