import type { DemoState } from '../../../../shared/api/demoSchemas';
import { formatBsn } from '../../../../shared/domain/identifiers';
import { roleLabel } from '../../../../shared/domain/roles/roleCatalogue';
import { isRefusalReason, refusalText } from '../../components/refusalReason';
import { useFeatureMessages, useI18n } from '../../i18n/I18nContext';
import { knownKey, trainerMessages } from './messages';

const SHOWN = 25;
type Entry = DemoState['lspLog'][number];

/**
 * What the simulated switchpoint received, newest first: identifiers, outcome, per-source status,
 * all in the app's language. The simulator's codes are translated here; a code the panel does not
 * know is shown as "code X", never as the simulator's free text (which may be technical English).
 */
export function LspLogTable({ state }: { state: DemoState }) {
  const t = useFeatureMessages(trainerMessages);
  const { language } = useI18n();
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(language === 'nl' ? 'nl-NL' : 'en-GB');
  const coded = (prefix: string, code: string) => {
    const key = knownKey(prefix, code);
    return key ? t(key) : t('reason.other', { code });
  };
  const reason = (e: Entry) => {
    if (!e.reasonCode) return null;
    const key = knownKey('reason', e.reasonCode);
    if (key) return t(key);
    if (isRefusalReason(e.reasonCode)) return refusalText(e.reasonCode, language);
    return t('reason.other', { code: e.reasonCode });
  };
  const person = (p: Entry['author']) =>
    p ? `${p.uzi}${p.role ? ` (${roleLabel(p.role, language)})` : ''}` : null;
  return (
    <section className="trainer__section" aria-labelledby="trainer-log">
      <h3 id="trainer-log">{t('log')}</h3>
      {state.lspLog.length === 0 ? (
        <p className="muted" data-testid="trainer-log-empty">
          {t('logEmpty')}
        </p>
      ) : (
        <table className="table trainer__table trainer__log" data-testid="trainer-log">
          <thead>
            <tr>
              <th scope="col" className="trainer__log-time">
                {t('col.time')}
              </th>
              <th scope="col" className="trainer__log-request">
                {t('col.request')}
              </th>
              <th scope="col">{t('col.outcomeSources')}</th>
            </tr>
          </thead>
          <tbody>
            {state.lspLog.slice(0, SHOWN).map((e, i) => {
              const why = reason(e);
              const by = person(e.author);
              return (
                <tr
                  key={`${e.messageId ?? 'x'}-${i}`}
                  data-testid="trainer-log-entry"
                  data-outcome={e.outcome}
                  data-category={e.category}
                >
                  <td className="num trainer__nowrap">{time(e.time)}</td>
                  <td>
                    <span data-testid="trainer-log-category">{coded('category', e.category)}</span>
                    {e.bsn && <span className="trainer__log-line num">BSN {formatBsn(e.bsn)}</span>}
                    {by && <span className="trainer__log-line muted">{t('by', { who: by })}</span>}
                  </td>
                  <td>
                    <span data-testid="trainer-log-outcome">{coded('outcome', e.outcome)}</span>
                    {why && (
                      <span className="trainer__log-line" data-testid="trainer-log-reason">
                        {why}
                      </span>
                    )}
                    {e.sources.length > 0 && (
                      <ul className="trainer__log-sources">
                        {e.sources.map((s) => (
                          <li key={s.ura} data-status={s.status}>
                            {s.name}: {coded('status', s.status)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
