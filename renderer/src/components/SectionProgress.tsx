import type { UseQueryResult } from '@tanstack/react-query';
import { errorText, useFeatureMessages, useI18n } from '../i18n/I18nContext';
import { componentMessages } from './messages';
import { SourceStatusList } from './SourceStatusList';
import type { SectionStatus } from './useSectionStatus';
import { Icon } from './Icon';

/** The section's own words for each state; `failed` has a `{text}` placeholder for the error. */
export interface ProgressTexts {
  notRequested: string;
  waiting: string;
  timedOut: string;
  failed: (text: string) => string;
  partial: string;
}

/**
 * How far a clinical section is: per-source status with timer and retry, "not requested",
 * "waiting", failed, and partial — the same honest states for the summary and the medication.
 */
export function SectionProgress<T>({
  query,
  status,
  texts,
  testIdPrefix,
  hasResult,
}: {
  query: UseQueryResult<T>;
  status: SectionStatus<T>;
  texts: ProgressTexts;
  testIdPrefix: string;
  hasResult: boolean;
}) {
  const { t } = useI18n();
  const tc = useFeatureMessages(componentMessages);
  const phase = status.knowledge.phase;
  // No source of this kind is known at all (e.g. a BSN the index does not know): say that, not
  // "no valid consent", which nobody checked.
  const notRequested = status.rows.length === 0 ? tc('section.noSources') : texts.notRequested;
  return (
    <>
      {phase !== 'not-requested' && (
        <SourceStatusList
          rows={status.rows}
          elapsedSeconds={status.elapsedSeconds}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      )}
      {phase === 'not-requested' && (
        <p className="muted" data-testid={`${testIdPrefix}-not-requested`}>
          {notRequested}
        </p>
      )}
      {phase === 'pending' && (
        <p role="status" className="muted">
          {texts.waiting}
        </p>
      )}
      {phase === 'failed' && (
        <p role="alert" className="notice notice--degraded" data-testid={`${testIdPrefix}-failed`}>
          <Icon name="warning" />
          {status.timedOut
            ? texts.timedOut
            : texts.failed(errorText(t, status.errorCode ?? 'INTERNAL'))}
        </p>
      )}
      {hasResult && status.partial && (
        <p
          role="status"
          className="notice notice--degraded"
          data-testid={`${testIdPrefix}-partial`}
        >
          <Icon name="warning" />
          {status.timedOut ? texts.timedOut : texts.partial}
        </p>
      )}
    </>
  );
}
