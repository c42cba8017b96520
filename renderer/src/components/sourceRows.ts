import type { SourceOutcome } from '../../../shared/api/patientSchemas';
import type { Source } from '../../../shared/domain/clinical/common';

/** How one source stands in a section, in the words the screen uses (icon + word, never colour alone). */
export type SourceState =
  'loading' | 'ok' | 'nothing-found' | 'unreachable' | 'timeout' | 'refused' | 'not-requested';

export interface SourceRow {
  key: string;
  source: Source;
  state: SourceState;
  count: number | null;
  /** Code and text received, or a refusal reason code. */
  detail: string | null;
  reason: string | null;
}

/** What the section knows about its query. */
export type QueryPhase =
  | { phase: 'pending' }
  | { phase: 'error'; code: string; message: string }
  | { phase: 'success'; outcomes: SourceOutcome[] };

export interface ExpectedSource {
  source: Source;
  /** False when the consent panel did not allow this source; `reason` says why. */
  allowed: boolean;
  reason: string | null;
}

export const sourceKey = (source: Source, index = 0): string =>
  source.ura ?? source.name ?? `source-${index}`;

const stateOf = (outcome: SourceOutcome): SourceState => {
  switch (outcome.status) {
    case 'OK':
      return outcome.count > 0 ? 'ok' : 'nothing-found';
    case 'NF':
      return 'nothing-found';
    case 'timeout':
      return 'timeout';
    case 'refused':
      return 'refused';
    default:
      return 'unreachable';
  }
};

const detailOf = (outcome: SourceOutcome): string | null => {
  const e = outcome.error;
  if (!e) return null;
  return [e.code, e.text].filter(Boolean).join(' — ') || null;
};

/**
 * One row per source: the sources the panel allowed (loading, then their outcome), the ones it
 * did not (not requested, with the reason), and any source that answered without being expected.
 */
export function sourceRows(expected: ExpectedSource[], query: QueryPhase | null): SourceRow[] {
  const rows: SourceRow[] = [];
  const seen = new Set<string>();
  const outcomes = query?.phase === 'success' ? query.outcomes : [];
  const byKey = new Map(outcomes.map((o, i) => [sourceKey(o.source, i), o]));

  expected.forEach((e, i) => {
    const key = sourceKey(e.source, i);
    seen.add(key);
    if (!e.allowed || !query) {
      rows.push({
        key,
        source: e.source,
        state: 'not-requested',
        count: null,
        detail: null,
        reason: e.reason,
      });
      return;
    }
    if (query.phase === 'pending') {
      rows.push({
        key,
        source: e.source,
        state: 'loading',
        count: null,
        detail: null,
        reason: null,
      });
      return;
    }
    if (query.phase === 'error') {
      const state = query.code === 'SWITCHPOINT_TIMEOUT' ? 'timeout' : 'unreachable';
      rows.push({
        key,
        source: e.source,
        state,
        count: null,
        detail: `${query.code} — ${query.message}`,
        reason: null,
      });
      return;
    }
    const outcome = byKey.get(key);
    if (!outcome) {
      rows.push({
        key,
        source: e.source,
        state: 'nothing-found',
        count: 0,
        detail: null,
        reason: null,
      });
      return;
    }
    rows.push({
      key,
      source: outcome.source.name ? outcome.source : e.source,
      state: stateOf(outcome),
      count: outcome.count,
      detail: detailOf(outcome),
      reason: outcome.reason ?? null,
    });
  });
  outcomes.forEach((o, i) => {
    const key = sourceKey(o.source, i);
    if (seen.has(key)) return;
    rows.push({
      key,
      source: o.source,
      state: stateOf(o),
      count: o.count,
      detail: detailOf(o),
      reason: o.reason ?? null,
    });
  });
  return rows;
}

/** True when some source did not give a full answer: the section then says its result is partial. */
export const hasGaps = (rows: SourceRow[]) =>
  rows.some((r) => r.state === 'unreachable' || r.state === 'timeout' || r.state === 'refused');
