import type { ReportProblem } from '../../../../shared/domain/clinical/locumReportValidation';
import { useI18n } from '../../i18n/I18nContext';
import { problemIdOf, type ProblemTarget } from './validation';
import { Icon } from '../../components/Icon';

/** The problems of one field, right under it, in the clinician's language. */
export function FieldProblem({
  target,
  problems,
}: {
  target: ProblemTarget;
  problems: Map<ProblemTarget, ReportProblem[]> | null;
}) {
  const { language } = useI18n();
  const list = problems?.get(target);
  if (!list?.length) return null;
  return (
    <p id={problemIdOf(target)} className="field-error" data-testid={`problem-${target}`}>
      <Icon name="warning" />
      {list.map((p) => p[language]).join(' ')}
    </p>
  );
}

/** `aria-invalid` and `aria-describedby` for a field with (or without) problems. */
export function invalidProps(
  target: ProblemTarget,
  problems: Map<ProblemTarget, ReportProblem[]> | null,
  describedBy?: string,
) {
  const has = Boolean(problems?.get(target)?.length);
  const ids = [describedBy, has ? problemIdOf(target) : undefined].filter(Boolean).join(' ');
  return {
    'aria-invalid': has || undefined,
    'aria-describedby': ids || undefined,
  } as const;
}
