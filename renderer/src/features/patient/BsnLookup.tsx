import { useEffect, useId, useState, type FormEvent } from 'react';
import { useClosePatient, useOpenPatient, usePatientContext } from '../../api/queries';
import { ApiFailure } from '../../api/client';
import { errorText, useFeatureMessages, useI18n } from '../../i18n/I18nContext';
import { bsnFieldState, bsnSubmitState, type BsnFieldState } from './bsnCheck';
import { patientMessages } from './messages';
import { markNewPatient } from './patientMarks';
import { Icon } from '../../components/Icon';

export const BSN_INPUT_ID = 'bsn-input';

/** Patient lookup by BSN: the eleven-check as the user types; Enter opens the patient. */
export function BsnLookup() {
  const t = useFeatureMessages(patientMessages);
  const { t: tg, language } = useI18n();
  const open = useOpenPatient();
  const closePatient = useClosePatient();
  const hasPatient = (usePatientContext().data ?? null) !== null;
  const [value, setValue] = useState('');
  const [submitted, setSubmitted] = useState<BsnFieldState | null>(null);
  // Once the patient is closed (by any means), the lookup lets go of them: the mutation drops the
  // context it returned (identity, consent), which its observer would otherwise hold until the
  // next lookup, and the field no longer shows their BSN to whoever comes to the screen next.
  const openedAndClosed = open.isSuccess && !hasPatient;
  const resetOpen = open.reset;
  useEffect(() => {
    if (!openedAndClosed) return;
    resetOpen();
    setValue('');
    setSubmitted(null);
  }, [openedAndClosed, resetOpen]);
  const messageId = useId();

  const live = bsnFieldState(value);
  const state = submitted ?? live;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const verdict = bsnSubmitState(value);
    setSubmitted(verdict);
    if (verdict.kind !== 'valid') {
      // A new search that fails must not leave the previous patient on screen under the error:
      // whoever reads it would take it for the patient just typed (wrong-patient risk).
      if (hasPatient) closePatient();
      open.reset();
      return;
    }
    markNewPatient();
    open.mutate(verdict.bsn);
  };

  const failure =
    open.error instanceof ApiFailure
      ? errorText(tg, open.error.code)
      : open.error
        ? tg('error.generic')
        : null;
  return (
    <div className="lookup">
      <form
        onSubmit={submit}
        className="lookup__form"
        role="search"
        aria-labelledby="lookup-title"
        noValidate
      >
        <h2 id="lookup-title" className="visually-hidden">
          {t('lookup.heading')}
        </h2>
        <label htmlFor={BSN_INPUT_ID} className="lookup__label">
          {t('lookup.label')}
        </label>
        <input
          id={BSN_INPUT_ID}
          data-testid="bsn-input"
          className={`lookup__input num lookup__input--${state.kind}`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={value}
          maxLength={32}
          aria-invalid={state.kind === 'invalid'}
          aria-describedby={messageId}
          onChange={(e) => {
            setValue(e.target.value);
            setSubmitted(null);
          }}
        />
        <button type="submit" className="button button--primary" disabled={open.isPending}>
          {open.isPending ? t('lookup.searching') : t('lookup.submit')}
        </button>
        <p
          id={messageId}
          className={`lookup__message lookup__message--${state.kind}`}
          data-testid="bsn-message"
          role={submitted?.kind === 'invalid' ? 'alert' : undefined}
          aria-live={submitted?.kind === 'invalid' ? undefined : 'polite'}
        >
          {state.kind === 'empty' && t('lookup.hint')}
          {state.kind === 'typing' && t('lookup.progress', { n: String(state.remaining) })}
          {state.kind === 'valid' && (
            <>
              <Icon name="check" />
              {t('lookup.valid', { bsn: state.display })}
            </>
          )}
          {state.kind === 'invalid' && (
            <>
              <Icon name="cross" />
              {state.explanation[language]}
            </>
          )}
        </p>
      </form>
      {failure && (
        <p role="alert" className="alert alert--error" data-testid="open-error">
          {t('lookup.failed', { text: failure })}
        </p>
      )}
    </div>
  );
}
