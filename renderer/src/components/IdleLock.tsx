import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { forgetPatient, useAppInfo, useSignOut } from '../api/queries';
import { ApiFailure } from '../api/client';
import { useFeatureMessages } from '../i18n/I18nContext';
import { componentMessages } from './messages';
import { useIdleTimer } from './useIdleTimer';
import './clinical.css';
import './idleLock.css';

/** Default idle time before the screen locks. */
export const IDLE_LOCK_MS = 5 * 60_000;

/**
 * Locks the signed-in screen after a period without activity: the patient data leave memory
 * (the screen below is unmounted and its queries removed) and the services close the patient.
 */
export function IdleLock({
  timeoutMs = IDLE_LOCK_MS,
  children,
  onLockChange,
}: {
  timeoutMs?: number;
  children: ReactNode;
  /** Told when the lock closes and opens, so the frame can hide what must not show on a lock. */
  onLockChange?: (locked: boolean) => void;
}) {
  const t = useFeatureMessages(componentMessages);
  const api = useApi();
  const client = useQueryClient();
  const signOut = useSignOut();
  const [locked, setLocked] = useState(false);
  // Live mode asks the PIN of the pass again: one click must not reopen an unattended screen.
  const live = useAppInfo().data?.mode === 'live';
  const [pin, setPin] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const unlockRef = useRef<HTMLButtonElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);

  const lock = useCallback(() => {
    forgetPatient(client);
    void api.sessionLock({});
    setLocked(true);
  }, [api, client]);
  useIdleTimer(timeoutMs, lock, !locked);

  // The services hold the lock too (another window of the browser host may have locked it): an
  // answer SESSION_LOCKED shows the lock here as well, without asking the services again.
  useEffect(() => {
    const lockedByServices = (error: unknown) =>
      error instanceof ApiFailure && error.code === 'SESSION_LOCKED';
    const show = () => {
      forgetPatient(client);
      setLocked(true);
    };
    const queries = client.getQueryCache().subscribe((event) => {
      if (
        event.type === 'updated' &&
        event.action.type === 'error' &&
        lockedByServices(event.action.error)
      )
        show();
    });
    const mutations = client.getMutationCache().subscribe((event) => {
      if (
        event.type === 'updated' &&
        event.action.type === 'error' &&
        lockedByServices(event.action.error)
      )
        show();
    });
    return () => {
      queries();
      mutations();
    };
  }, [client]);

  useEffect(() => {
    onLockChange?.(locked);
    if (locked) (pinRef.current ?? unlockRef.current)?.focus();
  }, [locked, onLockChange]);

  const unlock = async () => {
    if (busy || (live && pin.length === 0)) return;
    setBusy(true);
    setRefusal(null);
    const entered = pin;
    setPin(''); // the PIN is not kept, right or wrong
    // Opened only when the services unlocked too: a refused unlock keeps the screen shut.
    const result = await api.sessionUnlock(live ? { pin: entered } : {});
    setBusy(false);
    if (result.ok) return setLocked(false);
    setRefusal(result.error.message);
    pinRef.current?.focus();
  };

  if (!locked) return <>{children}</>;
  return (
    <main className="lock" data-testid="idle-lock" aria-labelledby="lock-title">
      <div className="lock__panel">
        <h1 id="lock-title">{t('lock.title')}</h1>
        <p>{t('lock.body', { m: String(Math.round(timeoutMs / 60_000)) })}</p>
        <form
          className="lock__actions"
          onSubmit={(e) => {
            e.preventDefault();
            void unlock();
          }}
        >
          {live && (
            <label className="lock__pin">
              {t('lock.pin')}
              <input
                ref={pinRef}
                type="password"
                inputMode="numeric"
                autoComplete="off"
                value={pin}
                onChange={(e) => setPin(e.target.value)}
                data-testid="lock-pin"
              />
            </label>
          )}
          <button
            ref={unlockRef}
            type="submit"
            className="button button--primary"
            aria-disabled={busy || (live && pin.length === 0)}
          >
            {t('lock.unlock')}
          </button>
          <button type="button" className="button" onClick={() => signOut.mutate()}>
            {t('lock.signOut')}
          </button>
        </form>
        {refusal && (
          <p role="alert" className="notice notice--degraded" data-testid="lock-refused">
            {t('lock.refused', { text: refusal })}
          </p>
        )}
      </div>
    </main>
  );
}
