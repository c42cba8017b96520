import { useId, useState, type FormEvent } from 'react';
import { useAskAgain, useRecordVerbal } from '../../api/queries';
import { ApiFailure } from '../../api/client';
import { errorText, useFeatureMessages, useI18n } from '../../i18n/I18nContext';
import { consentMessages } from './messages';

type Answer = 'yes' | 'no' | 'unable';
const answers: Answer[] = ['yes', 'no', 'unable'];

/** The crisis regime's verbal question, asked at the desk and recorded before any query. */
export function VerbalConsentQuestion({
  bsn,
  sourceNames,
}: {
  bsn: string;
  sourceNames: string[];
}) {
  const t = useFeatureMessages(consentMessages);
  const { t: tg } = useI18n();
  const record = useRecordVerbal();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<'answer' | 'reason' | null>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!answer) return setProblem('answer');
    if (answer === 'unable' && reason.trim().length < 3) return setProblem('reason');
    setProblem(null);
    record.mutate({ bsn, answer, reason: answer === 'unable' ? reason.trim() : null });
  };

  const failure =
    record.error instanceof ApiFailure ? errorText(tg, record.error.code) : record.error?.message;
  return (
    <form className="verbal" onSubmit={submit} data-testid="verbal-consent" noValidate>
      <fieldset className="verbal__fieldset">
        <legend className="verbal__legend">{t('verbal.legend')}</legend>
        <p className="verbal__question">{t('verbal.question')}</p>
        <p className="muted">{t('verbal.about', { sources: sourceNames.join(', ') })}</p>
        {answers.map((a) => (
          <label key={a} className="verbal__answer">
            <input
              type="radio"
              name={`${id}-answer`}
              value={a}
              checked={answer === a}
              onChange={() => setAnswer(a)}
            />
            {t(`verbal.${a}`)}
          </label>
        ))}
        {answer === 'unable' && (
          <div className="verbal__reason">
            <label htmlFor={`${id}-reason`}>{t('verbal.reason')}</label>
            <textarea
              id={`${id}-reason`}
              value={reason}
              maxLength={500}
              rows={2}
              required
              aria-invalid={problem === 'reason'}
              aria-describedby={problem === 'reason' ? `${id}-problem` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
        )}
      </fieldset>
      {problem && (
        <p id={`${id}-problem`} role="alert" className="field-error">
          {t(problem === 'answer' ? 'verbal.answerMissing' : 'verbal.reasonMissing')}
        </p>
      )}
      {record.isError && (
        <p role="alert" className="field-error">
          {t('verbal.failed', { text: failure ?? '' })}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={record.isPending}>
        {record.isPending ? t('verbal.saving') : t('verbal.submit')}
      </button>
    </form>
  );
}

/** After a "no": asking again is a new question at the desk, and is itself logged. */
export function AskAgainButton({ bsn }: { bsn: string }) {
  const t = useFeatureMessages(consentMessages);
  const { t: tg } = useI18n();
  const again = useAskAgain();
  const failure =
    again.error instanceof ApiFailure ? errorText(tg, again.error.code) : again.error?.message;
  return (
    <>
      {' '}
      <button
        type="button"
        className="button button--quiet"
        data-testid="verbal-ask-again"
        disabled={again.isPending}
        onClick={() => again.mutate(bsn)}
      >
        {again.isPending ? t('askAgain.saving') : t('askAgain.button')}
      </button>
      {again.isError && (
        <span role="alert" className="field-error">
          {' '}
          {t('askAgain.failed', { text: failure ?? '' })}
        </span>
      )}
    </>
  );
}
