import type { DemoState } from '../../../../shared/api/demoSchemas';
import { formatDateTime } from '../../components/format';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { trainerMessages } from './messages';

/** The GP practices' inboxes: what arrived, as metadata (no journal text). */
export function InboxList({ state }: { state: DemoState }) {
  const t = useFeatureMessages(trainerMessages);
  return (
    <section className="trainer__section" aria-labelledby="trainer-inbox">
      <h3 id="trainer-inbox">{t('inbox')}</h3>
      {state.inbox.length === 0 ? (
        <p className="muted" data-testid="trainer-inbox-empty">
          {t('inboxEmpty')}
        </p>
      ) : (
        state.inbox.map((box) => (
          <table
            key={box.sourceId}
            className="table trainer__table"
            data-testid={`trainer-inbox-${box.sourceId}`}
          >
            <caption>
              {box.sourceName} · URA {box.ura}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('col.received')}</th>
                <th scope="col">{t('col.bsn')}</th>
                <th scope="col">{t('col.icpc')}</th>
                <th scope="col">{t('col.episode')}</th>
                <th scope="col">{t('col.lines')}</th>
              </tr>
            </thead>
            <tbody>
              {box.items.map((item) => (
                <tr key={item.messageId} data-testid="trainer-inbox-item">
                  <td className="num trainer__nowrap">{formatDateTime(item.receivedAt)}</td>
                  <td>{item.bsn}</td>
                  <td>{item.icpc.join(', ') || '—'}</td>
                  <td>{item.episodeProposal ?? '—'}</td>
                  <td>{item.lineCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))
      )}
    </section>
  );
}
