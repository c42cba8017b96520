import { useEffect, useRef, type KeyboardEvent } from 'react';
import { ApiFailure } from '../../api/client';
import { errorText, useFeatureMessages, useI18n } from '../../i18n/I18nContext';
import { reportMessages } from './messages';
import { OutboxReport } from './OutboxReport';
import { PrintView } from './PrintView';
import { useOutboxPrint, useOutboxRetry, useOutboxStatus } from './queries';

const FOCUSABLE = 'button:not([disabled]), summary, [href], input, [tabindex]:not([tabindex="-1"])';

/** The outbox as a modal dialog: every report with its state and history; retry or print. */
export function OutboxPanel({ onClose }: { onClose: () => void }) {
  const t = useFeatureMessages(reportMessages);
  const { t: tg } = useI18n();
  const status = useOutboxStatus();
  const retry = useOutboxRetry();
  const print = useOutboxPrint();
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => previous?.focus?.();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !print.data) {
      event.preventDefault();
      onClose();
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const items = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const error = retry.error ?? print.error;
  const failure = error instanceof ApiFailure ? errorText(tg, error.code) : error?.message;
  const reports = status.data?.reports ?? [];
  return (
    <div className="outbox-overlay" onKeyDown={onKeyDown}>
      <div
        ref={dialogRef}
        className="outbox-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="outbox-title"
        data-testid="outbox-panel"
      >
        <h2 id="outbox-title">{t('outbox.title')}</h2>
        <p className="muted">{t('outbox.intro')}</p>
        {error && (
          <p role="alert" className="field-error">
            {t('outbox.failed', { text: failure ?? '' })}
          </p>
        )}
        {status.isSuccess && reports.length === 0 && <p>{t('outbox.empty')}</p>}
        <ul className="outbox-list">
          {reports.map((entry) => (
            <OutboxReport
              key={entry.reportId}
              entry={entry}
              busy={retry.isPending || print.isPending}
              onRetry={() => retry.mutate(entry.reportId)}
              onPrint={() => print.mutate(entry.reportId)}
            />
          ))}
        </ul>
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          {t('outbox.close')}
        </button>
      </div>
      {print.data?.report && (
        <PrintView
          printable={{ entry: print.data.entry, report: print.data.report }}
          onClose={() => print.reset()}
        />
      )}
    </div>
  );
}
