import type { PatientContext } from '../../../../shared/api/patientSchemas';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { formatDateTime } from '../../components/format';
import { ConsentSourceItem } from './ConsentSourceItem';
import { VerbalConsentQuestion } from './VerbalConsentQuestion';
import { consentGate } from './consentGate';
import { consentMessages } from './messages';
import './consent.css';

/** Consent per source, before any clinical data: what is known and what the user may do. */
export function ConsentPanel({ context }: { context: PatientContext }) {
  const t = useFeatureMessages(consentMessages);
  const gate = consentGate(context);
  const asked = context.pointOfCare;
  return (
    <section className="card consent" data-testid="consent-panel" aria-labelledby="section-consent">
      <h2 id="section-consent" tabIndex={-1}>
        {t('title')}
      </h2>
      <p className="muted">{t('intro')}</p>
      {gate.verbalPending && (
        <VerbalConsentQuestion
          bsn={context.bsn}
          sourceNames={gate.noChoiceSources.map((s) => s.source.name ?? s.source.ura ?? '')}
        />
      )}
      {asked && (
        <p
          className={`consent__asked consent__asked--${asked.verbal}`}
          data-testid="verbal-answer"
          role="status"
        >
          <span aria-hidden="true">{asked.verbal === 'no' ? '⊘ ' : '✓ '}</span>
          {t(`asked.${asked.verbal}`, {
            name: asked.askedBy.name,
            time: formatDateTime(asked.askedAt) ?? asked.askedAt,
            reason: asked.reason ?? '',
          })}
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
        <ul className="consent__sources">
          {context.sources.map((entry, index) => (
            <ConsentSourceItem
              key={`${entry.source.ura ?? index}`}
              context={context}
              entry={entry}
              index={index}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
