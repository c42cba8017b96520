import type { OutboxEntryView } from '../../../../shared/api/reportSchemas';
import type { LocumReport } from '../../../../shared/domain/clinical/locumReport';
import { ApiFailure } from '../../api/client';
import { errorText, useFeatureMessages, useI18n } from '../../i18n/I18nContext';
import { reportMessages } from './messages';
import { PrintView } from './PrintView';
import { useOutboxPrint, useOutboxStatus } from './queries';

/**
 * "Print a copy" of a report once the GP has it: the outbox no longer keeps a delivered report's
 * text, so the copy is the report this screen still shows. The service logs the print first
 * (NEN 7513); only then does the print view open.
 */
export function PrintCopy({ sent, report }: { sent: OutboxEntryView; report: LocumReport }) {
  const t = useFeatureMessages(reportMessages);
  const { t: tg } = useI18n();
  const status = useOutboxStatus();
  const print = useOutboxPrint();
  const entry = status.data?.reports.find((r) => r.reportId === sent.reportId) ?? sent;
  if (entry.state !== 'delivered') return null;
  const failure =
    print.error instanceof ApiFailure ? errorText(tg, print.error.code) : print.error?.message;
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => print.mutate(entry.reportId)}
        disabled={print.isPending}
        data-testid="report-print-copy"
      >
        {t('outbox.printCopy')}
      </button>
      {failure && (
        <p role="alert" className="notice notice--degraded" data-testid="report-print-failed">
          {t('outbox.failed', { text: failure })}
        </p>
      )}
      {print.data && (
        <PrintView
          printable={{ entry: print.data.entry, report: print.data.report ?? report }}
          onClose={() => print.reset()}
        />
      )}
    </>
  );
}
