import { useEffect, useState } from 'react';
import { useAppInfo } from './api/queries';
import { useI18n, errorText } from './i18n/I18nContext';
import { SignInScreen } from './features/signin/SignInScreen';
import { LiveSignInScreen } from './features/signin/CardSignInScreen';
import { LiveSessionWatch } from './features/signin/LiveSessionWatch';
import { Shell } from './features/shell/Shell';
import { PatientScreen } from './features/patient/PatientScreen';
import { TrainerLauncher } from './features/trainer/TrainerLauncher';
import { AccessLogScreen } from './features/accesslog/AccessLogScreen';
import { IntegrityBanner } from './features/accesslog/IntegrityBanner';
import { ApiFailure } from './api/client';
import type { Session } from '../../shared/api/schemas';
import { mayOpenPatients } from './components/roleAccess';
import { NoPatientAccess } from './features/patient/NoPatientAccess';

export function App() {
  const { t } = useI18n();
  const info = useAppInfo();

  useEffect(() => {
    if (info.data) performance.mark('schakel:first-screen');
  }, [info.data]);

  if (info.isPending)
    return (
      <p className="loading" role="status">
        {t('loading')}
      </p>
    );
  if (info.isError) {
    const code = info.error instanceof ApiFailure ? info.error.code : 'INTERNAL';
    return (
      <p role="alert" className="fatal">
        {errorText(t, code)}
      </p>
    );
  }
  const { mode, session, demoIdentities } = info.data;
  return (
    <>
      {/* In demo mode the trainer's launcher owns the DEMO banner: its button sits in it. */}
      {mode === 'demo' && <TrainerLauncher />}
      <IntegrityBanner />
      {session && mode === 'live' && <LiveSessionWatch />}
      {session ? (
        // A new sign-in starts afresh: its own default screen, no state of the previous person.
        <SignedIn key={`${session.person.uziNumber} ${session.signedInAt}`} session={session} />
      ) : mode === 'live' ? (
        // Live: the card and its PIN; demo identities are never offered.
        <LiveSignInScreen />
      ) : (
        <SignInScreen identities={demoIdentities} />
      )}
    </>
  );
}

/**
 * The signed-in screens. Only the organisation's log manager has the access log (domain.md §9).
 * The patient screen stays mounted while the log is shown, so an open patient and a locum report
 * being written are still there on the way back.
 */
function SignedIn({ session }: { session: Session }) {
  // The log manager starts on the log, everyone else on the patient screen.
  const [logChosen, setLogChosen] = useState(session.logManager);
  const showAccessLog = session.logManager && logChosen;
  return (
    <Shell
      session={session}
      onToggleAccessLog={session.logManager ? () => setLogChosen(!showAccessLog) : undefined}
    >
      {showAccessLog && <AccessLogScreen onClose={() => setLogChosen(false)} />}
      <div hidden={showAccessLog}>
        {mayOpenPatients(session) ? <PatientScreen /> : <NoPatientAccess session={session} />}
      </div>
    </Shell>
  );
}
