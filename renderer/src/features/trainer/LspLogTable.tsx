import type { DemoState } from '../../../../shared/api/demoSchemas';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { trainerMessages } from './messages';

const SHOWN = 25;
const time = (iso: string) => new Date(iso).toLocaleTimeString('nl-NL');

/** What the simulated switchpoint received, newest first: identifiers, outcome, per-source status. */
export function LspLogTable({ state }: { state: DemoState }) {
  const t = useFeatureMessages(trainerMessages);
  return (
    <section className="trainer__section" aria-labelledby="trainer-log">
      <h3 id="trainer-log">{t('log')}</h3>
      {state.lspLog.length === 0 ? (
        <p className="muted" data-testid="trainer-log-empty">
          {t('logEmpty')}
        </p>
      ) : (
        <table className="table trainer__table" data-testid="trainer-log">
          <thead>
            <tr>
              <th scope="col">{t('col.time')}</th>
              <th scope="col">{t('col.category')}</th>
              <th scope="col">{t('col.bsn')}</th>
              <th scope="col">{t('col.author')}</th>
              <th scope="col">{t('col.outcome')}</th>
              <th scope="col">{t('col.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {state.lspLog.slice(0, SHOWN).map((e, i) => (
              <tr
                key={`${e.messageId ?? 'x'}-${i}`}
                data-testid="trainer-log-entry"
                data-outcome={e.outcome}
              >
                <td>{time(e.time)}</td>
                <td>{e.category}</td>
                <td>{e.bsn ?? '—'}</td>
                <td>{e.author ? `${e.author.uzi} (${e.author.role ?? '—'})` : '—'}</td>
                <td>
                  {e.outcome}
                  {e.reason ? ` — ${e.reason}` : ''}
                </td>
                <td>{e.sources.map((s) => `${s.name}: ${s.status}`).join('; ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
