import { useState, type FormEvent } from 'react';
import { ApiFailure } from '../../api/client';
import { Toolbar } from '../../components/Toolbar';
import { errorText, useFeatureMessages, useI18n } from '../../i18n/I18nContext';
import { useCardStatus, useLiveCheck, useSignInWithCard } from './cardQueries';
import { signInMessages, type SignInMessageKey } from './messages';

const REFUSALS = ['not-on-name', 'expired', 'not-yet-valid', 'foreign-ca', 'server-certificate'];

/** Live mode: the configuration checklist when it is incomplete, else sign-in with the card. */
export function LiveSignInScreen() {
  const { t } = useI18n();
  const check = useLiveCheck();
  return (
    <main className="signin" aria-labelledby="signin-title">
      <header className="signin__header">
        <div>
          <p className="wordmark">{t('app.name')}</p>
          <p className="muted">{t('app.tagline')}</p>
        </div>
        <Toolbar />
      </header>
      {check.data && !check.data.complete ? (
        <LiveChecklist items={check.data.items} file={check.data.file} />
      ) : check.data ? (
        <CardSignIn />
      ) : null}
    </main>
  );
}

function LiveChecklist({
  items,
  file,
}: {
  items: { id: string; label: string; status: 'valid' | 'invalid' | 'missing'; detail: string }[];
  file: string;
}) {
  const m = useFeatureMessages(signInMessages);
  return (
    <section aria-labelledby="signin-title" data-testid="live-checklist">
      <h1 id="signin-title">{m('check.title')}</h1>
      <p className="muted">{m('check.intro')}</p>
      <p className="muted">{file}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id} data-status={item.status}>
            <strong>{item.label}</strong>: {m(`check.${item.status}`)} — {item.detail}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CardSignIn() {
  const { t } = useI18n();
  const m = useFeatureMessages(signInMessages);
  const status = useCardStatus();
  const signIn = useSignInWithCard();
  const [pin, setPin] = useState('');
  const card = status.data?.card ?? null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const entered = pin;
    setPin(''); // the PIN does not stay in the form
    signIn.mutate(entered);
  };
  const refusal = card?.refusal
    ? REFUSALS.includes(card.refusal.problem)
      ? m(`refusal.${card.refusal.problem}` as SignInMessageKey)
      : m('refusal.other', { text: card.refusal.message })
    : null;
  const locked = card?.pinState === 'locked';
  return (
    <section aria-labelledby="signin-title">
      <h1 id="signin-title">{m('card.title')}</h1>
      {status.data?.state === 'no-middleware' && (
        <p role="alert" className="alert alert--error">
          {m('card.noMiddleware', { text: status.data.message ?? '' })}
        </p>
      )}
      {status.data?.state === 'no-card' && <p data-testid="no-card">{m('card.noCard')}</p>}
      {card && (
        <div className="pass" data-testid="card">
          <span className="pass__name">
            {m('card.holder', { name: card.holder, uzi: card.uziNumber })}
          </span>
          <span className="pass__meta">{t(`signin.pass.${card.passType}`)}</span>
          <span className="pass__meta">
            {m('card.validUntil', { date: card.validUntil.slice(0, 10) })}
          </span>
        </div>
      )}
      {refusal && (
        <p role="alert" className="alert alert--error" data-testid="card-refusal">
          {refusal}
        </p>
      )}
      {card && card.pinState !== 'ok' && (
        <p role="alert" className={`alert ${locked ? 'alert--error' : ''}`} data-testid="pin-state">
          {m(`pin.${card.pinState}`)}
        </p>
      )}
      {card && !refusal && !locked && (
        <form onSubmit={submit}>
          <label>
            {m('card.pin')}
            <input
              type="password"
              inputMode="numeric"
              autoComplete="off"
              value={pin}
              onChange={(e) => setPin(e.target.value)}
              disabled={signIn.isPending}
            />
          </label>
          <button type="submit" disabled={signIn.isPending || pin.length === 0}>
            {signIn.isPending ? m('card.busy') : m('card.submit')}
          </button>
        </form>
      )}
      {signIn.isError && (
        <p role="alert" className="alert alert--error" data-testid="signin-error">
          {m('failed', {
            text:
              signIn.error instanceof ApiFailure ? signIn.error.message : errorText(t, 'INTERNAL'),
          })}
        </p>
      )}
    </section>
  );
}
