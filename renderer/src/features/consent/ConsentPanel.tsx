import type { PatientContext } from '../../../../shared/api/patientSchemas';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { formatDateTime } from '../../components/format';
import { ConsentSourceItem } from './ConsentSourceItem';
import { AskAgainButton, VerbalConsentQuestion } from './VerbalConsentQuestion';
import { consentGate, verdictFor } from './consentGate';
import { consentMessages } from './messages';
import './consent.css';
import { Icon } from '../../components/Icon';

/** Consent per source, before any clinical data: what is known and what the user may do. */
export function ConsentPanel({ context }: { context: PatientContext }) {
  const t = useFeatureMessages(consentMessages);
  const gate = consentGate(context);
  const asked = context.pointOfCare;
  // Sources with consent whose every category is asked fold into one line (expandable); an
  // objection, no choice, or anything refused stays on its own line, in full.
  const indexed = context.sources.map((entry, index) => ({ entry, index }));
  const isPlain = ({ entry }: (typeof indexed)[number]) =>
    entry.consent === 'consent' &&
    (['summary', 'medication', 'ica'] as const).every(
      (c) => verdictFor(context, entry, c)?.allowed !== false,
    );
  const plain: typeof indexed = [];
  const notable: typeof indexed = [];
  for (const item of indexed) (isPlain(item) ? plain : notable).push(item);
  const sourceList = (items: typeof indexed) => (
    <ul className="consent__sources">
      {items.map(({ entry, index }) => (
        <ConsentSourceItem
          key={`${entry.source.ura ?? index}`}
          context={context}
          entry={entry}
          index={index}
        />
      ))}
    </ul>
  );
  return (
    // A label column and compact lines (issue 16 point 6): no card heading above the sources.
    <section className="consent" data-testid="consent-panel" aria-labelledby="section-consent">
      <h2 id="section-consent" className="consent__title" tabIndex={-1}>
        {t('title')}
      </h2>
      <div className="consent__lines">
        {context.regimes.crisisOptIn && (
          <p className="consent__regime" data-testid="crisis-regime" role="note">
            <Icon name="flag" />
            {t('regime.crisis')}
          </p>
        )}
        {gate.verbalPending && (
          <VerbalConsentQuestion
            bsn={context.bsn}
            sourceNames={gate.verbalScope.map(
              ({ entry, categories }) =>
                `${entry.source.name ?? entry.source.ura ?? ''} (${categories
                  .map((c) => t(`category.${c}`).toLowerCase())
                  .join(', ')})`,
            )}
          />
        )}
        {asked && (
          <p
            className={`consent__asked consent__asked--${asked.verbal}`}
            data-testid="verbal-answer"
            role="status"
          >
            <Icon name={asked.verbal === 'no' ? 'stop' : 'check'} />
            {t(`asked.${asked.verbal}`, {
              name: asked.askedBy.name,
              time: formatDateTime(asked.askedAt) ?? asked.askedAt,
              reason: asked.reason ?? '',
            })}
            {asked.verbal === 'no' && <AskAgainButton bsn={context.bsn} />}
          </p>
        )}
        {context.sourcesKnown === false ? (
          <div className="consent__none" data-testid="consent-live">
            <h3>{t('live.title')}</h3>
            <p>{t('live.body')}</p>
          </div>
        ) : context.sources.length === 0 ? (
          <div className="consent__none" data-testid="consent-none">
            <h3>{t('none.title')}</h3>
            <p>{t('none.body')}</p>
          </div>
        ) : (
          <>
            {notable.length > 0 && sourceList(notable)}
            {plain.length > 0 && (
              <details className="consent__plain" data-testid="consent-plain">
                <summary>
                  <Icon name="check" />
                  {t('plain.summary', {
                    names: plain
                      .map(({ entry }) => entry.source.name ?? entry.source.ura)
                      .join(', '),
                  })}
                </summary>
                {sourceList(plain)}
              </details>
            )}
          </>
        )}
      </div>
    </section>
  );
}
