import type { Episode } from '../../../../shared/domain/clinical/summary';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { formatDate } from '../../components/format';
import { Provenance } from './Provenance';
import { summaryMessages } from './messages';
import { RecordState } from './RecordState';

/** Active episodes and closed ones with attention value: ICPC code and title, start date. */
export function EpisodeList({ episodes }: { episodes: Episode[] }) {
  const t = useFeatureMessages(summaryMessages);
  const shown = episodes
    .filter((e) => e.active || e.attention)
    .sort(
      (a, b) =>
        Number(b.attention) - Number(a.attention) || (b.start ?? '').localeCompare(a.start ?? ''),
    );
  return (
    <section
      className="summary__part"
      aria-labelledby="summary-episodes"
      data-testid="summary-episodes"
    >
      <h3 id="summary-episodes">{t('episodes.title')}</h3>
      {shown.length === 0 ? (
        <p className="muted">{t('episodes.none')}</p>
      ) : (
        <ul className="items">
          {shown.map((e, i) => (
            <li
              key={e.id ?? i}
              className={e.status === 'nullified' ? 'item item--ended' : 'item'}
              data-testid="episode"
              data-status={e.status ?? undefined}
            >
              <span className="item__main">
                {e.icpc && <span className="code num">{e.icpc}</span>} {e.title}
                <RecordState status={e.status} />
              </span>
              <span className="item__meta">
                {e.start && (
                  <span className="num">
                    {t('episodes.since', { date: formatDate(e.start) ?? '' })}
                  </span>
                )}
                {e.active && <span className="tag">{t('episodes.active')}</span>}
                {e.attention && e.status !== 'nullified' && (
                  <span className="tag tag--attention">
                    <span aria-hidden="true">! </span>
                    {t('episodes.attention')}
                  </span>
                )}
                <Provenance provenance={e.provenance} date={e.provenance.date ?? e.start} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
