import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { OutboxEntryView } from '../../../../shared/api/reportSchemas';
import type { LocumReport } from '../../../../shared/domain/clinical/locumReport';
import { useAppInfo } from '../../api/queries';
import { formatDateTime } from '../../components/format';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { reportMessages } from './messages';
import { ReportPreview } from './ReportPreview';

/**
 * A report on paper: the same text the GP receives, a line saying it was not delivered (deliver
 * by hand) or that it was (a copy: do not deliver again), and the demo watermark in demo mode.
 * Opens the print dialog once.
 */
export function PrintView({
  printable,
  onClose,
}: {
  printable: { entry: OutboxEntryView; report: LocumReport };
  onClose: () => void;
}) {
  const t = useFeatureMessages(reportMessages);
  const demo = useAppInfo().data?.mode !== 'live';
  const printRef = useRef<HTMLButtonElement>(null);
  const { entry, report } = printable;
  const delivered = entry.state === 'delivered';

  useEffect(() => {
    printRef.current?.focus();
    window.print();
  }, []);

  return createPortal(
    <div
      className={`report-print${demo ? ' report-print--demo' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-labelledby="report-print-title"
      data-testid="report-print"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      {demo && (
        <p className="report-print__watermark" data-testid="report-print-watermark">
          {t('print.watermark')}
        </p>
      )}
      <h2 id="report-print-title">{t(delivered ? 'print.copyTitle' : 'print.title')}</h2>
      <p
        className={delivered ? 'notice' : 'notice notice--degraded'}
        data-testid="report-print-delivery"
      >
        {delivered
          ? t('print.delivered', {
              gp: entry.addressee.name,
              ura: entry.addressee.ura,
              time: formatDateTime(entry.deliveredAt) ?? '',
            })
          : t('print.delivery', { gp: entry.addressee.name, ura: entry.addressee.ura })}
      </p>
      <ReportPreview report={report} headingId="report-print-heading" />
      <p className="muted num">{t('print.messageId', { id: entry.messageId })}</p>
      <div className="report__actions report-print__actions">
        <button
          ref={printRef}
          type="button"
          className="button button--primary"
          onClick={() => window.print()}
        >
          {t('print.print')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('print.close')}
        </button>
      </div>
    </div>,
    document.body,
  );
}
