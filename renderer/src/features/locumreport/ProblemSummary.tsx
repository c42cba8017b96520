import { forwardRef } from 'react';
import type { ReportProblem } from '../../../../shared/domain/clinical/locumReportValidation';
import { useFeatureMessages, useI18n } from '../../i18n/I18nContext';
import { focusTarget } from '../../components/shortcuts';
import { reportMessages } from './messages';
import { fieldIdOf, targetOf } from './validation';
import { Icon } from '../../components/Icon';

/** Everything still to fix, each a button that takes the cursor to its field. */
export const ProblemSummary = forwardRef<HTMLDivElement, { problems: ReportProblem[] }>(
  function ProblemSummary({ problems }, ref) {
    const t = useFeatureMessages(reportMessages);
    const { language } = useI18n();
    return (
      <div
        ref={ref}
        tabIndex={-1}
        className="notice notice--degraded report__problems"
        role="region"
        aria-labelledby="report-problems-title"
        data-testid="report-problems"
      >
        <p id="report-problems-title" className="report__problems-title">
          <Icon name="warning" />
          {t('problems.title', { n: String(problems.length) })}
        </p>
        <ul>
          {problems.map((problem, i) => {
            const fieldId = fieldIdOf(targetOf(problem.field));
            return (
              <li key={i} data-field={problem.field}>
                {fieldId ? (
                  <button
                    type="button"
                    className="report__problem-link"
                    onClick={() => focusTarget(fieldId)}
                  >
                    {problem[language]}
                  </button>
                ) : (
                  problem[language]
                )}
              </li>
            );
          })}
        </ul>
      </div>
    );
  },
);
