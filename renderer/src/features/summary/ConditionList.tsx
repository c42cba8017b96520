import type { Condition } from '../../../../shared/domain/clinical/summary';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { Provenance } from './Provenance';
import { summaryMessages } from './messages';
import { RecordState, isNotCurrent } from './RecordState';
import { Icon } from '../../components/Icon';

/** Contra-indications (red: they can harm) and intolerances, each with its source and date. */
export function ConditionList({ conditions }: { conditions: Condition[] }) {
  const t = useFeatureMessages(summaryMessages);
  return (
    <section
      className="summary__part"
      aria-labelledby="summary-conditions"
      data-testid="summary-conditions"
    >
      <h3 id="summary-conditions">{t('conditions.title')}</h3>
      {conditions.length === 0 ? (
        <p className="muted">{t('conditions.none')}</p>
      ) : (
        <ul className="items">
          {[...conditions]
            // Current ones first; a void or ended one never looks current.
            .sort((a, b) => Number(isNotCurrent(a.status)) - Number(isNotCurrent(b.status)))
            .map((c, i) => (
              <li
                key={i}
                className={isNotCurrent(c.status) ? 'item item--ended' : 'item item--harm'}
                data-testid="condition"
                data-status={c.status ?? undefined}
              >
                <span className="item__main">
                  <strong className={isNotCurrent(c.status) ? undefined : 'harm-word'}>
                    {!isNotCurrent(c.status) && <Icon name="warning" />}
                    {t(`conditions.${c.type}`)}:
                  </strong>{' '}
                  {c.display ?? c.agent?.display ?? c.code}
                  <RecordState status={c.status} />
                </span>
                <Provenance provenance={c.provenance} date={c.start} />
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
