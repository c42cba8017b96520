import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { unwrap } from '../../api/client';
import { keys } from '../../api/queries';
import { useI18n } from '../../i18n/I18nContext';
import { CodeLabel } from './CodeLabel';

const time = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'medium' });

/**
 * The signed-in person's own newest access-log entries: what they did, never what was seen. The
 * whole log is the log manager's (AccessLogScreen).
 */
export function AccessLogRecent() {
  const { t } = useI18n();
  const api = useApi();
  const log = useQuery({
    queryKey: keys.accessLog,
    queryFn: () => unwrap(api.accessLogRecent({ limit: 10 })),
  });
  return (
    <section className="card" aria-labelledby="accesslog-title">
      <h2 id="accesslog-title">{t('accesslog.title')}</h2>
      {log.data && log.data.length === 0 && <p className="muted">{t('accesslog.empty')}</p>}
      {log.data && log.data.length > 0 && (
        <table className="table" data-testid="access-log">
          <thead>
            <tr>
              <th scope="col">{t('accesslog.col.time')}</th>
              <th scope="col">{t('accesslog.col.event')}</th>
              <th scope="col">{t('accesslog.col.actor')}</th>
              <th scope="col">{t('accesslog.col.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {log.data.map((entry) => (
              <tr key={entry.id}>
                <td className="num">{time.format(new Date(entry.time))}</td>
                <td>
                  <CodeLabel kind="eventType" code={entry.eventType} />
                </td>
                <td>{entry.actorName}</td>
                <td>
                  <CodeLabel kind="outcome" code={entry.outcome} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
