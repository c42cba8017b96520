import { useEffect } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { SummaryResult } from '../../../../shared/api/patientSchemas';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { SectionProgress } from '../../components/SectionProgress';
import type { SectionStatus } from '../../components/useSectionStatus';
import { EpisodeList } from './EpisodeList';
import { Journal } from './Journal';
import { Measurements } from './Measurements';
import { ConditionList } from './ConditionList';
import { PrescriptionList } from './PrescriptionList';
import { summaryMessages } from './messages';
import './summary.css';
import { Icon } from '../../components/Icon';

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
  const { knowledge } = status;
  // The whole answer, or the sources that arrived so far (each source as it arrives).
  const result = status.shown;
  const settled = knowledge.phase === 'done';
  const summary = result?.summary ?? null;

  useEffect(() => {
    if (!result) return;
    // Per source as it is on screen (URA only), and once the whole answer is.
    for (const o of result.sources)
      if (o.status !== 'refused')
        performance.mark(`schakel:summary-source-rendered:${o.source.ura ?? ''}`);
    if (settled) performance.mark('schakel:summary-rendered');
  }, [result, settled]);

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
      <SectionProgress
        query={query}
        status={status}
        hasResult={result !== null}
        testIdPrefix="summary"
        texts={{
          notRequested: t('state.notRequested'),
          waiting: t('state.waiting'),
          timedOut: t('state.timedOut'),
          failed: (text) => t('state.failed', { text }),
          partial: t('state.partial'),
        }}
      />
      {settled && result && !summary && !status.partial && (
        <p className="muted">{t('state.nothing')}</p>
      )}
      {summary && (summary.author?.organisation?.phone || summary.patient.phone) && (
        <p className="summary__callback" data-testid="summary-callback">
          {summary.author?.organisation?.phone && (
            <span data-testid="practice-phone">
              {t('callback.practice', {
                name: summary.author.organisation.name ?? '',
                phone: summary.author.organisation.phone,
                city: summary.author.organisation.address?.city ?? '',
              })}
            </span>
          )}
          {summary.author?.organisation?.phone && summary.patient.phone && ' · '}
          {summary.patient.phone && (
            <span data-testid="patient-phone">
              {t('callback.patient', { phone: summary.patient.phone })}
            </span>
          )}
        </p>
      )}
      {summary && (summary.unknownItems ?? 0) > 0 && (
        <p className="notice notice--degraded" data-testid="summary-unknown-items">
          <Icon name="warning" />
          {t('unknownItems', { n: String(summary.unknownItems) })}
        </p>
      )}
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
