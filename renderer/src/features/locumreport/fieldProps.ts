import type { ReportProblem } from '../../../../shared/domain/clinical/locumReportValidation';
import type { DraftState } from './draft';
import type { ProblemTarget } from './validation';

/** What every part of the composer gets: the draft, a way to change it, the problems shown. */
export interface ComposerPartProps {
  draft: DraftState;
  update: (change: (draft: DraftState) => DraftState) => void;
  /** Null until the clinician first asks for the preview; then live. */
  problems: Map<ProblemTarget, ReportProblem[]> | null;
}
