import { useState, type ReactNode } from 'react';
import type { Session } from '../../../../shared/api/schemas';
import { useSignOut } from '../../api/queries';
import { useI18n } from '../../i18n/I18nContext';
import { Toolbar } from '../../components/Toolbar';
import { IdleLock } from '../../components/IdleLock';
import { AccessLogButton } from '../accesslog/AccessLogButton';
import { OutboxIndicator } from '../locumreport/OutboxIndicator';
import { mayWriteLocumReport } from '../../components/roleAccess';

/** The frame around every signed-in screen: who works where, always visible. */
export function Shell({
  session,
  children,
  onToggleAccessLog,
}: {
  session: Session;
  children: ReactNode;
  onToggleAccessLog?: () => void;
}) {
  const { t } = useI18n();
  const overseer = session.overseer ? t('signin.overseer', { name: session.overseer.name }) : null;
  const signOut = useSignOut();
  const [locked, setLocked] = useState(false);
  // The outbox lists BSNs: only for who sends reports, and never reachable from the lock screen.
  const showOutbox = !locked && mayWriteLocumReport(session);
  return (
    <div className="shell">
      <header className="shell__bar">
        <p className="wordmark">{t('app.name')}</p>
        <div className="shell__who" data-testid="session">
          <span className="shell__person" title={session.person.name}>
            {session.person.name}
          </span>
          <span className="chip" title={t('shell.setting')}>
            {session.setting}
          </span>
          <span className="muted" title={session.organisation.name}>
            {session.organisation.name}
          </span>
          {overseer && (
            <span className="muted" title={overseer}>
              {overseer}
            </span>
          )}
        </div>
        {showOutbox && <OutboxIndicator />}
        <Toolbar />
        {onToggleAccessLog && <AccessLogButton onClick={onToggleAccessLog} />}
        <button
          type="button"
          className="button"
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending}
        >
          {t('shell.signOut')}
        </button>
      </header>
      {/* Idle lock (default 5 minutes): clears the patient data and closes the patient. */}
      <IdleLock onLockChange={setLocked}>{children}</IdleLock>
    </div>
  );
}
