import type { DemoIdentity } from '../../../../shared/api/schemas';
import { useSignIn } from '../../api/queries';
import { ApiFailure } from '../../api/client';
import { errorText, useI18n } from '../../i18n/I18nContext';
import { Toolbar } from '../../components/Toolbar';

export function SignInScreen({ identities }: { identities: DemoIdentity[] }) {
  const { t, language } = useI18n();
  const signIn = useSignIn();
  return (
    <main className="signin" aria-labelledby="signin-title">
      <header className="signin__header">
        <div>
          <p className="wordmark">{t('app.name')}</p>
          <p className="muted">{t('app.tagline')}</p>
        </div>
        <Toolbar />
      </header>
      <h1 id="signin-title">{t('signin.title')}</h1>
      {identities.length === 0 ? (
        <p>{t('signin.noDemo')}</p>
      ) : (
        <>
          <p className="muted">{t('signin.intro')}</p>
          <ul className="pass-list">
            {identities.map((identity) => (
              <li key={identity.id}>
                <button
                  type="button"
                  className="pass"
                  disabled={signIn.isPending}
                  aria-label={t('signin.button', { name: identity.person.name })}
                  onClick={() => signIn.mutate(identity.id)}
                  data-identity={identity.id}
                >
                  <span className="pass__role">{identity.label[language]}</span>
                  <span className="pass__name">{identity.person.name}</span>
                  <span className="pass__meta">
                    {t(`signin.pass.${identity.person.passType}`)} · UZI {identity.person.uziNumber}
                  </span>
                  <span className="pass__meta">
                    {identity.organisation.name} · {identity.setting}
                  </span>
                  {identity.overseer && (
                    <span className="pass__meta">
                      {t('signin.overseer', { name: identity.overseer.name })}
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {signIn.isError && (
        <p role="alert" className="alert alert--error">
          {errorText(t, signIn.error instanceof ApiFailure ? signIn.error.code : 'INTERNAL')}
        </p>
      )}
    </main>
  );
}
