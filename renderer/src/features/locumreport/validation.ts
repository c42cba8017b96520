import type { ReportProblem } from '../../../../shared/domain/clinical/locumReportValidation';

/** The composer's fields a problem can point at. */
export type ProblemTarget =
  | 'contactType'
  | 'start'
  | 'end'
  | 'S'
  | 'O'
  | 'E'
  | 'P'
  | 'icpc'
  | 'episodeTitle'
  | 'episodeIcpc'
  | `medication.${number}`
  | 'report';

/** Where `reportProblems` field names land in the composer; patient/addressee have no field. */
export function targetOf(field: string): ProblemTarget {
  switch (field) {
    case 'contact.type':
      return 'contactType';
    case 'contact.start':
      return 'start';
    case 'contact.end':
      return 'end';
    case 'lines':
    case 'lines.S':
      return 'S';
    case 'lines.E':
      return 'E';
    case 'lines.P':
      return 'P';
    case 'icpc':
      return 'icpc';
    case 'episodeProposal.title':
      return 'episodeTitle';
    case 'episodeProposal.icpc':
      return 'episodeIcpc';
    default:
      return /^medication\.\d+$/.test(field) ? (field as ProblemTarget) : 'report';
  }
}

/** The problems grouped by the field they belong to, in the order they were found. */
export function problemsByTarget(problems: ReportProblem[]): Map<ProblemTarget, ReportProblem[]> {
  const map = new Map<ProblemTarget, ReportProblem[]>();
  for (const problem of problems) {
    const target = targetOf(problem.field);
    map.set(target, [...(map.get(target) ?? []), problem]);
  }
  return map;
}

/** The id of the composer field a problem points at; null for problems without a field. */
export function fieldIdOf(target: ProblemTarget): string | null {
  if (target === 'report') return null;
  if (target.startsWith('medication.')) return `report-medication-${target.split('.')[1]}-product`;
  const ids: Record<string, string> = {
    contactType: 'report-contact-type',
    start: 'report-start',
    end: 'report-end',
    icpc: 'report-icpc',
    episodeTitle: 'report-episode-title',
    episodeIcpc: 'report-episode-icpc',
  };
  return ids[target] ?? `report-soep-${target}`;
}

/** The id of the message element under a field (for `aria-describedby`). */
export const problemIdOf = (target: ProblemTarget) => `report-problem-${target.replace('.', '-')}`;
