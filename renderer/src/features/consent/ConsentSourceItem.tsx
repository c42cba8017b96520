import type { ConsentSource, PatientContext } from '../../../../shared/api/patientSchemas';
import { useFeatureMessages, useI18n } from '../../i18n/I18nContext';
import { sourceKey } from '../../components/sourceRows';
import { refusalText } from '../../components/refusalReason';
import { verdictFor, verbalScopeOf, type Category } from './consentGate';
import { consentMessages, type ConsentMessageKey } from './messages';
import { Icon, type IconName } from '../../components/Icon';

const categories: Category[] = ['summary', 'medication', 'ica'];
const stateIcon: Record<ConsentSource['consent'], IconName> = {
  consent: 'check',
  objection: 'stop',
  'no-choice': 'circle',
  unknown: 'question',
};

/** One source: its consent state in icon + word, and per data category whether it opens and why not. */
export function ConsentSourceItem({
  context,
  entry,
  index,
}: {
  context: PatientContext;
  entry: ConsentSource;
  index: number;
}) {
  const t = useFeatureMessages(consentMessages);
  const { language } = useI18n();
  const explanation: ConsentMessageKey | null =
    entry.consent === 'objection'
      ? 'explain.objection'
      : entry.consent === 'no-choice'
        ? !context.verbalQuestionApplies
          ? 'explain.noChoiceNormal'
          : verbalScopeOf(entry).length === 0
            ? 'explain.noChoiceCrisisOutside'
            : context.pointOfCare
              ? 'explain.noChoiceAsked'
              : 'explain.noChoiceCrisis'
        : entry.consent === 'unknown'
          ? 'explain.unknown'
          : null;
  return (
    <li
      className={`consent-source consent-source--${entry.consent}`}
      data-testid={`consent-source-${sourceKey(entry.source, index)}`}
      data-consent={entry.consent}
    >
      <div className="consent-source__head">
        <span className="consent-source__state">
          <Icon name={stateIcon[entry.consent]} />
          {t(`state.${entry.consent}`)}
        </span>
        <span className="consent-source__name">{entry.source.name ?? entry.source.ura}</span>
        <span className="muted">{t(`kind.${entry.kind}`)}</span>
      </div>
      {explanation && (
        <p
          className="consent-source__explain"
          role={entry.consent === 'objection' ? 'alert' : undefined}
        >
          {t(explanation)}
        </p>
      )}
      <ul className="consent-source__verdicts">
        {categories.map((category) => {
          const verdict = verdictFor(context, entry, category);
          if (!verdict) return null;
          return (
            <li key={category} data-category={category} data-allowed={verdict.allowed}>
              <Icon name={verdict.allowed ? 'check' : 'cross'} />
              {t(`category.${category}`)}:{' '}
              {t(verdict.allowed ? 'verdict.allowed' : 'verdict.refused')}
              {!verdict.allowed && verdict.reason && entry.consent !== 'objection' && (
                <span className="muted"> — {refusalText(verdict.reason, language)}</span>
              )}
            </li>
          );
        })}
      </ul>
    </li>
  );
}
