import { useEffect, useMemo } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { MedicationResult } from '../../../../shared/api/patientSchemas';
import type { Prescription } from '../../../../shared/domain/clinical/summary';
import { missingAnswers } from '../../../../shared/domain/clinical/sourceStatus';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { SectionProgress } from '../../components/SectionProgress';
import type { SectionStatus } from '../../components/useSectionStatus';
import { isoToday } from '../../components/format';
import { mergeMedication } from './mergeMedication';
import { buildTimeline } from './medicationTimeline';
import { MedicationTable } from './MedicationTable';
import { MedicationTimeline } from './MedicationTimeline';
import { medicationMessages } from './messages';
import './medication.css';
import { Icon } from '../../components/Icon';

const EMPTY: Prescription[] = [];

/** One merged view over all pharmacies and the GP's prescriptions; loads on its own. */
export function MedicationSection({
  query,
  status,
  prescriptions = EMPTY,
  today = isoToday(),
}: {
  query: UseQueryResult<MedicationResult>;
  status: SectionStatus<MedicationResult>;
  /** The GP's prescriptions from the summary, once it has arrived. */
  prescriptions?: Prescription[];
  today?: string;
}) {
  const t = useFeatureMessages(medicationMessages);
  const { knowledge } = status;
  // The whole answer, or the sources that arrived so far (each source as it arrives).
  const result = status.shown;
  const settled = knowledge.phase === 'done';

  const lines = useMemo(
    () =>
      result
        ? mergeMedication({
            dispenses: result.medication.sources.flatMap((s) => s.dispenses),
            prescriptions,
            today,
          })
        : [],
    [result, prescriptions, today],
  );
  const timeline = useMemo(() => buildTimeline(lines, today), [lines, today]);
  const flagged = useMemo(() => lines.filter((l) => l.duplicate || l.overlap).length, [lines]);

  useEffect(() => {
    if (!result) return;
    // Per source as it is on screen (URA only), and once the whole answer is.
    for (const o of result.sources)
      if (o.status !== 'refused')
        performance.mark(`schakel:medication-source-rendered:${o.source.ura ?? ''}`);
    if (settled) performance.mark('schakel:medication-rendered');
  }, [result, settled]);

  const missingNames = status.rows
    .filter((r) => r.state === 'unreachable' || r.state === 'timeout' || r.state === 'refused')
    .map((r) => r.source.name ?? r.source.ura ?? '')
    .join(', ');
  const missing = result ? missingAnswers(result.medication.completeness) : null;
  const sourceCount = new Set(lines.map((l) => l.source.ura ?? l.source.name)).size;

  return (
    <section
      className="card section"
      data-testid="medication-section"
      data-state={knowledge.phase}
      aria-labelledby="section-medication"
      aria-busy={knowledge.phase === 'pending'}
    >
      <div className="section__head">
        <h2 id="section-medication" tabIndex={-1}>
          {t('title')}
        </h2>
        <p className="muted">{t('intro')}</p>
      </div>
      <SectionProgress
        query={query}
        status={status}
        hasResult={result !== null}
        testIdPrefix="medication"
        texts={{
          notRequested: t('state.notRequested'),
          waiting: t('state.waiting'),
          timedOut: t('state.timedOut'),
          failed: (text) => t('state.failed', { text }),
          partial: t('state.partial', { names: missingNames }),
        }}
      />
      {missing && (
        <p className="notice notice--degraded" role="status" data-testid="medication-missing">
          <Icon name="warning" />
          {t('state.missingAnswers', { missing: String(missing.missing), of: String(missing.of) })}
        </p>
      )}
      {result && flagged > 0 && (
        <p className="notice notice--degraded" data-testid="medication-flags">
          <Icon name="warning" />
          {t('flags.summary', { n: String(flagged) })}
        </p>
      )}
      {settled && result && lines.length === 0 && <p className="muted">{t('state.nothing')}</p>}
      {lines.length > 0 && (
        <>
          <MedicationTable lines={lines} sourceCount={sourceCount} />
          <MedicationTimeline timeline={timeline} />
        </>
      )}
    </section>
  );
}
