import type { OutboxEntryView } from '../../../../shared/api/reportSchemas';
import { formatBsn } from '../../../../shared/domain/identifiers';
import { formatDateTime } from '../../components/format';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { historyEventText } from './historyEvent';
import { reportMessages } from './messages';
import { Icon, type IconName } from '../../components/Icon';

const icon: Record<OutboxEntryView['state'], IconName> = {
  waiting: 'clock',
  sending: 'clock',
  delivered: 'check',
  rejected: 'warning',
  undelivered: 'warning',
};

/**
 * One report in the outbox: state (icon + word), attempts, reason, history; retry and print for
 * manual delivery when failed. A delivered report's text is gone (its copy prints from the report
 * screen).
 */
export function OutboxReport({
  entry,
  onRetry,
  onPrint,
  busy,
}: {
  entry: OutboxEntryView;
  onRetry: () => void;
  onPrint: () => void;
  busy: boolean;
}) {
  const t = useFeatureMessages(reportMessages);
  const failed = entry.state === 'rejected' || entry.state === 'undelivered';
  return (
    <li
      className={`outbox-report${failed ? ' outbox-report--failed' : ''}`}
      data-testid="outbox-report"
      data-state={entry.state}
      data-report-id={entry.reportId}
    >
      <p className="outbox-report__head">
        <span className="outbox-report__state">
          <Icon name={icon[entry.state]} />
          {t(`state.${entry.state}`)}
        </span>{' '}
        <span className="num">
          {t('outbox.report', { bsn: formatBsn(entry.bsn), gp: entry.addressee.name })}
        </span>
      </p>
      <p className="muted num">
        {t('outbox.created', { time: formatDateTime(entry.createdAt) ?? '' })} ·{' '}
        {t('outbox.attempts', { n: String(entry.attempts) })}
        {entry.nextAttemptAt &&
          ` · ${t('outbox.next', { time: formatDateTime(entry.nextAttemptAt) ?? '' })}`}
      </p>
      {failed && (
        <p className="notice notice--degraded" data-testid="outbox-reason">
          {entry.lastReason || entry.lastCode
            ? t('outbox.reason', {
                reason: [entry.lastCode, entry.lastReason].filter(Boolean).join(': '),
              })
            : t('outbox.noReason')}
        </p>
      )}
      <details className="outbox-report__history">
        <summary>{t('outbox.history')}</summary>
        <ol>
          {entry.history.map((h, i) => (
            <li key={i} className="num">
              {formatDateTime(h.time)} – {historyEventText(h.event, t)}
              {h.code && ` (${h.code})`}
              {h.reason && `: ${h.reason}`}
            </li>
          ))}
        </ol>
      </details>
      {failed && (
        <div className="report__actions">
          <button type="button" className="button" onClick={onRetry} disabled={busy}>
            {t('outbox.retry')}
          </button>
          <button type="button" className="button" onClick={onPrint} disabled={busy}>
            {t('outbox.print')}
          </button>
        </div>
      )}
    </li>
  );
}
