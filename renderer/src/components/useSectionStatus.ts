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
  /**
   * What the section can show now: the whole answer, or while it is still coming, every source
   * that has arrived (over the earlier answer during "Request again"). Null: nothing yet.
   */
  shown: T | null;
}

/** The sources that arrived before the whole answer, merged over what was shown before. */
export interface SoFar<T> {
  result: T;
  /** Keys (URA, else name) of the sources that arrived for the running query. */
  arrived: ReadonlySet<string>;
}

/** One section's state, from its query and the sources the consent panel expects it to ask. */
export function useSectionStatus<T extends { sources: SourceOutcome[]; partial: boolean }>(
  query: UseQueryResult<T>,
  expected: ExpectedSource[],
  enabled: boolean,
  soFar?: SoFar<T>,
): SectionStatus<T> {
  const waiting = enabled && query.fetchStatus === 'fetching';
  const elapsedSeconds = useElapsedSeconds(waiting);
  const failure = query.error instanceof ApiFailure ? query.error : null;
  const errorCode = query.isError ? (failure?.code ?? 'INTERNAL') : null;
  const errorMessage = query.isError ? (query.error?.message ?? '') : null;

  let knowledge: SectionKnowledge<T>;
  let phase: QueryPhase | null;
  let shown: T | null = null;
  const streamed = waiting && soFar !== undefined && soFar.arrived.size > 0 ? soFar : null;
  if (!enabled) {
    knowledge = { phase: 'not-requested' };
    phase = null;
  } else if (query.isError) {
    knowledge = { phase: 'failed' };
    phase = { phase: 'error', code: errorCode ?? 'INTERNAL', message: errorMessage ?? '' };
  } else if (query.isSuccess && !waiting) {
    knowledge = { phase: 'done', result: query.data };
    phase = { phase: 'success', outcomes: query.data.sources };
    shown = query.data;
  } else if (query.data !== undefined) {
    // "Request again": what already arrived stays on screen; only the sources that failed wait,
    // and each source that answers again replaces its old part as it arrives.
    knowledge = { phase: 'done', result: query.data };
    shown = streamed?.result ?? query.data;
    phase = { phase: 'success', outcomes: shown.sources };
  } else if (streamed) {
    // The first answer is still coming: the sources that arrived are shown; the section stays
    // pending (the allergy state and treatment limits wait for the whole answer).
    knowledge = { phase: 'pending' };
    shown = streamed.result;
    phase = { phase: 'success', outcomes: shown.sources };
  } else {
    knowledge = { phase: 'pending' };
    phase = { phase: 'pending' };
  }
  const retrying = waiting && query.data !== undefined;
  const arrived = streamed?.arrived ?? new Set<string>();
  const rows = sourceRows(expected, phase).map((row) => {
    if (
      !waiting ||
      arrived.has(row.key) ||
      row.state === 'not-requested' ||
      row.state === 'refused'
    )
      return row;
    // Still waiting for this source: not yet arrived (first answer) or being asked again.
    if (streamed && !retrying)
      return { ...row, state: 'loading' as const, count: null, detail: null };
    return retrying && (row.state === 'unreachable' || row.state === 'timeout')
      ? { ...row, state: 'loading' as const, detail: null }
      : row;
  });
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
    shown,
  };
}
