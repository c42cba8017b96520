import type { OutboxEntryView } from '../../../../shared/api/reportSchemas';
import { formatDateTime } from '../../components/format';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { reportMessages } from './messages';
import { useOutboxStatus } from './queries';
import { Icon } from '../../components/Icon';

/** What happened to the sent report, followed live through the outbox. */
export function SendOutcome({ sent }: { sent: OutboxEntryView }) {
  const t = useFeatureMessages(reportMessages);
  const status = useOutboxStatus();
  const entry = status.data?.reports.find((r) => r.reportId === sent.reportId) ?? sent;
  const gp = entry.addressee.name;
  const degraded =
    entry.state === 'rejected' ||
    entry.state === 'undelivered' ||
    (entry.state === 'waiting' && entry.attempts > 0);
  const text =
    entry.state === 'delivered'
      ? t('outcome.delivered', { gp, time: formatDateTime(entry.deliveredAt) ?? '' })
      : entry.state === 'rejected'
        ? t('outcome.rejected', { gp, reason: entry.lastReason ?? entry.lastCode ?? '' })
        : entry.state === 'undelivered'
          ? t('outcome.undelivered', { gp })
          : entry.state === 'sending'
            ? t('outcome.sending', { gp })
            : entry.attempts > 0
              ? t('outcome.retrying', { gp })
              : t('outcome.waiting', { gp });
  return (
    <p
      role="status"
      className={degraded ? 'notice notice--degraded' : 'notice report__outcome'}
      data-testid="report-outcome"
      data-state={entry.state}
    >
      <Icon name={entry.state === 'delivered' ? 'check' : degraded ? 'warning' : 'clock'} />
      {text}
    </p>
  );
}
