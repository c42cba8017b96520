import { useEffect } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { SummaryResult } from '../../../../shared/api/patientSchemas';
import { errorText, useFeatureMessages, useI18n } from '../../i18n/I18nContext';
import { SourceStatusList } from '../../components/SourceStatusList';
import type { SectionStatus } from '../../components/useSectionStatus';
import { EpisodeList } from './EpisodeList';
import { Journal } from './Journal';
import { Measurements } from './Measurements';
import { ConditionList } from './ConditionList';
import { PrescriptionList } from './PrescriptionList';
import { summaryMessages } from './messages';
import './summary.css';

/** The own GP's professional summary: loads on its own, says what is missing, never blocks the screen. */
export function SummarySection({
  query,
  status,
  today = new Date(),
}: {
  query: UseQueryResult<SummaryResult>;
  status: SectionStatus<SummaryResult>;
  today?: Date;
}) {
  const t = useFeatureMessages(summaryMessages);
  const { t: tg } = useI18n();
  const { knowledge } = status;
  const result = knowledge.phase === 'done' ? knowledge.result : null;
  const summary = result?.summary ?? null;

  useEffect(() => {
    if (result) performance.mark('schakel:summary-rendered');
  }, [result]);

  return (
    <section
      className="card section"
      data-testid="summary-section"
      data-state={knowledge.phase}
      aria-labelledby="section-summary"
      aria-busy={knowledge.phase === 'pending'}
    >
      <h2 id="section-summary" tabIndex={-1}>
        {t('title')}
      </h2>
      {knowledge.phase !== 'not-requested' && (
        <SourceStatusList
          rows={status.rows}
          elapsedSeconds={status.elapsedSeconds}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      )}
      {knowledge.phase === 'not-requested' && <p className="muted">{t('state.notRequested')}</p>}
      {knowledge.phase === 'pending' && (
        <p role="status" className="muted">
          {t('state.waiting')}
        </p>
      )}
      {knowledge.phase === 'failed' && (
        <p role="alert" className="notice notice--degraded" data-testid="summary-failed">
          <span aria-hidden="true">⚠ </span>
          {status.timedOut
            ? t('state.timedOut')
            : t('state.failed', { text: errorText(tg, status.errorCode ?? 'INTERNAL') })}
        </p>
      )}
      {result && status.partial && (
        <p role="status" className="notice notice--degraded" data-testid="summary-partial">
          <span aria-hidden="true">⚠ </span>
          {status.timedOut ? t('state.timedOut') : t('state.partial')}
        </p>
      )}
      {result && !summary && !status.partial && <p className="muted">{t('state.nothing')}</p>}
      {summary && (
        <div className="summary__grid">
          <EpisodeList episodes={summary.episodes} />
          <ConditionList conditions={[...summary.contraIndications, ...summary.intolerances]} />
          <Journal contacts={summary.contacts} today={today} />
          <Measurements measurements={summary.measurements} />
          <PrescriptionList prescriptions={summary.prescriptions} />
        </div>
      )}
    </section>
  );
}
