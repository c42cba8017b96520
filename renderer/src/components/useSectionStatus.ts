import type { UseQueryResult } from '@tanstack/react-query';
import type { SourceOutcome } from '../../../shared/api/patientSchemas';
import { ApiFailure } from '../api/client';
import type { SectionKnowledge } from './allergyState';
import {
  hasGaps,
  sourceRows,
  type ExpectedSource,
  type QueryPhase,
  type SourceRow,
} from './sourceRows';
import { useElapsedSeconds } from './useElapsedSeconds';

export interface SectionStatus<T> {
  knowledge: SectionKnowledge<T>;
  rows: SourceRow[];
  elapsedSeconds: number;
  /** Set when the whole query failed: the stable error code. */
  errorCode: string | null;
  errorMessage: string | null;
  partial: boolean;
  timedOut: boolean;
}

/** One section's state, from its query and the sources the consent panel expects it to ask. */
export function useSectionStatus<T extends { sources: SourceOutcome[]; partial: boolean }>(
  query: UseQueryResult<T>,
  expected: ExpectedSource[],
  enabled: boolean,
): SectionStatus<T> {
  const waiting = enabled && query.fetchStatus === 'fetching';
  const elapsedSeconds = useElapsedSeconds(waiting);
  const failure = query.error instanceof ApiFailure ? query.error : null;
  const errorCode = query.isError ? (failure?.code ?? 'INTERNAL') : null;
  const errorMessage = query.isError ? (query.error?.message ?? '') : null;

  let knowledge: SectionKnowledge<T>;
  let phase: QueryPhase | null;
  if (!enabled) {
    knowledge = { phase: 'not-requested' };
    phase = null;
  } else if (query.isError) {
    knowledge = { phase: 'failed' };
    phase = { phase: 'error', code: errorCode ?? 'INTERNAL', message: errorMessage ?? '' };
  } else if (query.isSuccess && !waiting) {
    knowledge = { phase: 'done', result: query.data };
    phase = { phase: 'success', outcomes: query.data.sources };
  } else if (query.data !== undefined) {
    // "Request again": what already arrived stays on screen; only the sources that failed wait.
    knowledge = { phase: 'done', result: query.data };
    phase = { phase: 'success', outcomes: query.data.sources };
  } else {
    knowledge = { phase: 'pending' };
    phase = { phase: 'pending' };
  }
  const retrying = waiting && query.data !== undefined;
  const rows = sourceRows(expected, phase).map((row) =>
    retrying && (row.state === 'unreachable' || row.state === 'timeout')
      ? { ...row, state: 'loading' as const, detail: null }
      : row,
  );
  const timedOut =
    errorCode === 'SWITCHPOINT_TIMEOUT' ||
    (rows.length > 0 &&
      rows.filter((r) => r.state !== 'not-requested').every((r) => r.state === 'timeout'));
  return {
    knowledge,
    rows,
    elapsedSeconds,
    errorCode,
    errorMessage,
    partial: (query.data?.partial ?? false) || hasGaps(rows),
    timedOut,
  };
}
