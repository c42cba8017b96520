import { useFeatureMessages, useI18n } from '../i18n/I18nContext';
import { refusalText } from './refusalReason';
import { componentMessages, type ComponentMessageKey } from './messages';
import type { SourceRow, SourceState } from './sourceRows';
import './clinical.css';
import { Icon, type IconName } from './Icon';

/**
 * A source still waiting after this long is "slow". Below the ZIM's per-source deadline (3 s in
 * the demo) so the warning is seen before the source is reported as timed out.
 */
export const SLOW_AFTER_SECONDS = 2;

const look: Record<SourceState, { icon: IconName; word: ComponentMessageKey; tone: string }> = {
  loading: { icon: 'hourglass', word: 'source.loading', tone: 'neutral' },
  ok: { icon: 'check', word: 'source.ok', tone: 'neutral' },
  'nothing-found': { icon: 'circle', word: 'source.nf', tone: 'neutral' },
  unreachable: { icon: 'warning', word: 'source.error', tone: 'degraded' },
  timeout: { icon: 'warning', word: 'source.timeout', tone: 'degraded' },
  refused: { icon: 'stop', word: 'source.refused', tone: 'degraded' },
  'not-requested': { icon: 'dash', word: 'source.notRequested', tone: 'neutral' },
};

/**
 * Per-source status of one section, shown while loading and after: icon + word + detail, with
 * the elapsed seconds while waiting and one retry for the sources that did not answer.
 */
export function SourceStatusList({
  rows,
  elapsedSeconds,
  onRetry,
  retrying,
}: {
  rows: SourceRow[];
  elapsedSeconds: number;
  onRetry?: () => void;
  retrying?: boolean;
}) {
  const t = useFeatureMessages(componentMessages);
  const { language } = useI18n();
  return (
    <div className="source-status">
      <ul className="source-status__list" aria-label={t('source.statusLabel')}>
        {rows.map((row) => {
          const l = look[row.state];
          const word =
            row.state === 'ok' && row.count !== null
              ? t('source.okCount', { n: String(row.count) })
              : t(l.word);
          return (
            <li
              key={row.key}
              className={`source-status__item source-status__item--${l.tone}`}
              data-testid={`source-status-${row.key}`}
              data-status={row.state}
            >
              <span aria-hidden="true" className="source-status__icon">
                <Icon name={l.icon} />
              </span>
              <span className="source-status__name">
                {row.source.name ?? row.source.ura ?? t('source.unnamed')}
              </span>
              <span className="source-status__word">{word}</span>
              {row.state === 'loading' && (
                <span className="num" role="timer" aria-live="off">
                  {t('source.seconds', { s: String(elapsedSeconds) })}
                </span>
              )}
              {row.state === 'loading' && elapsedSeconds >= SLOW_AFTER_SECONDS && (
                <span className="source-status__slow" data-testid="source-slow">
                  {t('source.slow')}
                </span>
              )}
              {row.state === 'nothing-found' && <span className="muted">{t('source.nfNote')}</span>}
              {row.reason && <span className="muted">{refusalText(row.reason, language)}</span>}
              {row.detail && (
                <span className="muted">{t('source.received', { text: row.detail })}</span>
              )}
              {/* Next to the source that failed, so it is clear which one is asked again. */}
              {(row.state === 'unreachable' || row.state === 'timeout') && onRetry && (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={onRetry}
                  disabled={retrying}
                  data-testid={`source-retry-${row.key}`}
                >
                  {t('source.retry')}
                  <span className="visually-hidden">
                    {': '}
                    {row.source.name ?? row.source.ura ?? t('source.unnamed')}
                  </span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
