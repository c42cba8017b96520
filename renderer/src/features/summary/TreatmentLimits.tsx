import type { SummaryResult } from '../../../../shared/api/patientSchemas';
import { useFeatureMessages } from '../../i18n/I18nContext';
import type { SectionKnowledge } from '../../components/allergyState';
import { Provenance } from './Provenance';
import { limitLines } from './limitLines';
import { summaryMessages } from './messages';
import './summary.css';
import { Icon } from '../../components/Icon';

/**
 * What can harm, first: treatment limits and the GP's attention notes in red with icon and word.
 * When none are found it says so without implying "full treatment"; when unknown it says unknown.
 */
export function TreatmentLimits({ knowledge }: { knowledge: SectionKnowledge<SummaryResult> }) {
  const t = useFeatureMessages(summaryMessages);
  const summary = knowledge.phase === 'done' ? knowledge.result.summary : null;
  const limits = summary?.treatmentLimits ?? [];
  const notes = summary?.attentionNotes ?? [];
  const missing =
    knowledge.phase === 'done' &&
    knowledge.result.sources.some((s) => s.status === 'error' || s.status === 'timeout');
  let state: string;
  if (knowledge.phase === 'not-requested') state = 'not-requested';
  else if (knowledge.phase === 'pending') state = 'pending';
  else if (knowledge.phase === 'failed' || (missing && !summary)) state = 'unavailable';
  else if (!summary) state = 'no-summary';
  else state = limits.length + notes.length > 0 ? 'present' : 'none-recorded';

  return (
    <section
      className={`card limits limits--${state}`}
      data-testid="treatment-limits"
      data-state={state}
      aria-labelledby="section-limits"
    >
      <h2 id="section-limits" tabIndex={-1}>
        {t('limits.title')}
      </h2>
      {state === 'not-requested' && <p className="muted">{t('limits.notRequested')}</p>}
      {state === 'pending' && <p className="muted">{t('limits.pending')}</p>}
      {state === 'unavailable' && (
        <p className="notice notice--degraded">
          <Icon name="warning" />
          {t('limits.unavailable')}
        </p>
      )}
      {state === 'no-summary' && <p className="muted">{t('limits.noSummary')}</p>}
      {state === 'none-recorded' && (
        <p className="limits__none">
          <Icon name="info" />
          {t('limits.noneRecorded')}
        </p>
      )}
      {state === 'present' && (
        <ul className="limits__list" role="list">
          {limitLines(limits, notes).map((line, i) => {
            const limit = line.kinds.length > 0;
            return (
              <li
                key={i}
                className="harm"
                data-testid={limit ? 'treatment-limit' : 'attention-note'}
                data-kind={limit ? line.kinds.join(' ') : undefined}
              >
                <strong>
                  <Icon name={limit ? 'stop' : 'warning'} />
                  {limit
                    ? `${t('limits.limit')}: ${line.kinds.map((k) => t(`limits.kind.${k}`)).join(' · ')}`
                    : t('limits.attention')}
                </strong>
                <span className="harm__text">{line.text}</span>
                <Provenance provenance={line.provenance} date={line.date} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
