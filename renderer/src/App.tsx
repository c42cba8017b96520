import { useEffect, useState } from 'react';
import { useAppInfo } from './api/queries';
import { useI18n, errorText } from './i18n/I18nContext';
import { SignInScreen } from './features/signin/SignInScreen';
import { Shell } from './features/shell/Shell';
import { PatientScreen } from './features/patient/PatientScreen';
import { DemoBanner } from './components/DemoBanner';
import { TrainerLauncher } from './features/demo/TrainerLauncher';
import { AccessLogScreen } from './features/accesslog/AccessLogScreen';
import { IntegrityBanner } from './features/accesslog/IntegrityBanner';
import { ApiFailure } from './api/client';

export function App() {
  const { t } = useI18n();
  const info = useAppInfo();
  const [showAccessLog, setShowAccessLog] = useState(false);

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
      {mode === 'demo' && <DemoBanner />}
      {mode === 'demo' && <TrainerLauncher />}
      <IntegrityBanner />
      {session ? (
        <Shell session={session} onToggleAccessLog={() => setShowAccessLog((open) => !open)}>
          {showAccessLog ? (
            <AccessLogScreen onClose={() => setShowAccessLog(false)} />
          ) : (
            <PatientScreen />
          )}
        </Shell>
      ) : (
        <SignInScreen identities={demoIdentities} />
      )}
    </>
  );
}
