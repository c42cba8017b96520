import { useFeatureMessages } from '../../i18n/I18nContext';
import { accessLogMessages } from './messages';
import { useAccessLogExport } from './queries';

/** CSV or FHIR AuditEvent for the current period / patient; the file is handed to the browser's download. */
export function ExportButtons({
  filter,
}: {
  filter: { from?: string; to?: string; patientBsn?: string };
}) {
  const t = useFeatureMessages(accessLogMessages);
  const exporter = useAccessLogExport();
  const run = (format: 'csv' | 'fhir') =>
    exporter.mutate(
      { ...filter, format },
      {
        onSuccess: (file) => {
          const url = URL.createObjectURL(new Blob([file.content], { type: file.mediaType }));
          const link = document.createElement('a');
          link.href = url;
          link.download = file.fileName;
          link.click();
          URL.revokeObjectURL(url);
        },
      },
    );
  return (
    <div className="toolbar accesslog__export">
      <button
        type="button"
        className="button"
        onClick={() => run('csv')}
        disabled={exporter.isPending}
      >
        {t('export.csv')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => run('fhir')}
        disabled={exporter.isPending}
      >
        {t('export.fhir')}
      </button>
      {exporter.data && (
        <p role="status" className="muted" data-testid="accesslog-export-done">
          {t('export.done', { n: String(exporter.data.entries), file: exporter.data.fileName })}
        </p>
      )}
    </div>
  );
}
