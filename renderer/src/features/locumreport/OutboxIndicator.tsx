import { useState } from 'react';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { reportMessages } from './messages';
import { OutboxPanel } from './OutboxPanel';
import { useOutboxStatus } from './queries';
import { Icon } from '../../components/Icon';

/** The shell's small outbox counter (waiting · delivered · failed); opens the report list. */
export function OutboxIndicator() {
  const t = useFeatureMessages(reportMessages);
  const status = useOutboxStatus();
  const [open, setOpen] = useState(false);
  const counts = status.data?.counts ?? { waiting: 0, delivered: 0, failed: 0 };
  const n = (value: number) => ({ n: String(value) });
  return (
    <>
      <button
        type="button"
        className={`button button--quiet outbox-indicator${counts.failed > 0 ? ' outbox-indicator--failed' : ''}`}
        aria-label={t('indicator.label', {
          waiting: String(counts.waiting),
          delivered: String(counts.delivered),
          failed: String(counts.failed),
        })}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        data-testid="outbox-indicator"
        data-waiting={counts.waiting}
        data-delivered={counts.delivered}
        data-failed={counts.failed}
      >
        <span className="outbox-indicator__title">{t('indicator.title')}</span>
        {counts.waiting > 0 && (
          <span className="outbox-indicator__count">
            <Icon name="clock" />
            {t('indicator.waiting', n(counts.waiting))}
          </span>
        )}
        <span className="outbox-indicator__count">
          <Icon name="check" />
          {t('indicator.delivered', n(counts.delivered))}
        </span>
        {counts.failed > 0 && (
          <span className="outbox-indicator__count outbox-indicator__count--failed">
            <Icon name="warning" />
            {t('indicator.failed', n(counts.failed))}
          </span>
        )}
      </button>
      {open && <OutboxPanel onClose={() => setOpen(false)} />}
    </>
  );
}
