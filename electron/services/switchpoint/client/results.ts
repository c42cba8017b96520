import type {
  Condition,
  IcaExtract,
  MedicationExtract,
  MedicationSourceResult,
  ProfessionalSummary,
  Source,
  SourceError,
  SourceStatus,
} from '../../../../shared/domain/clinical';
import type { ParsedResponse, SummaryBatch } from '../hl7';
import { ZIM_DETAIL } from '../hl7/zimDetail';

export type QueryCategory = 'summary' | 'medication' | 'ica';
export type QueryData = { summary: SummaryBatch; medication: MedicationExtract; ica: IcaExtract };

/** How one source answered; `code` is SOURCE_UNAVAILABLE when it gave no usable answer. */
export interface SourceOutcome {
  source: Source;
  status: SourceStatus;
  error: SourceError | null;
  code: 'SOURCE_UNAVAILABLE' | null;
}

export interface QueryResult<C extends QueryCategory> {
  category: C;
  correlationId: string;
  messageId: string;
  queryId: string | null;
  /** The parsed answer, as `hl7 parse` prints it (timeouts marked as status 'timeout'). */
  data: QueryData[C];
  sources: SourceOutcome[];
  /** True when any source did not answer or reported an error: what is shown is not everything. */
  partial: boolean;
  /** Sources declared in the batch that gave no readable answer (null: none missing). */
  missing: { missing: number; of: number } | null;
  attempts: number;
  durationMs: number;
}

/** One source's part, delivered as soon as it is complete (see SwitchpointClient.stream). */
export interface SourceEvent {
  category: QueryCategory;
  correlationId: string;
  /** The request's message id (the answer it is part of). */
  messageId?: string | null;
  outcome: SourceOutcome;
  summary?: ProfessionalSummary | null;
  medication?: MedicationSourceResult;
  conditions?: Condition[];
}

/** The ZIM reports a source that did not answer in time with this detail code (our simulator; see docs). */
const TIMEOUT_CODES = new Set<string>([ZIM_DETAIL.sourceTimeout.code]);

function status<T extends { status: SourceStatus; error?: SourceError | null }>(r: T): T {
  if (r.status === 'error' && r.error?.code && TIMEOUT_CODES.has(r.error.code)) {
    return { ...r, status: 'timeout', error: { ...r.error, level: 'timeout' } };
  }
  return r;
}

const outcome = (r: {
  source: Source;
  status: SourceStatus;
  error?: SourceError | null;
}): SourceOutcome => ({
  source: r.source,
  status: r.status,
  error: r.error ?? null,
  code: r.status === 'error' || r.status === 'timeout' ? 'SOURCE_UNAVAILABLE' : null,
});

/** The parsed answer in the category's shape, with source timeouts marked, or null when it is another kind. */
export function normalise<C extends QueryCategory>(
  category: C,
  parsed: ParsedResponse,
): QueryData[C] | null {
  if (category === 'summary') {
    if (parsed.kind === 'summary') {
      const batch: SummaryBatch = {
        kind: 'summary-batch',
        results: [
          {
            source: parsed.source,
            status: 'OK',
            error: null,
            counts: { total: 1, current: 1, remaining: 0 },
            summary: parsed,
          },
        ],
      };
      return batch as QueryData[C];
    }
    if (parsed.kind === 'summary-batch')
      return { ...parsed, results: parsed.results.map(status) } as QueryData[C];
    return null;
  }
  if (category === 'medication' && parsed.kind === 'medication')
    return { ...parsed, sources: parsed.sources.map(status) } as QueryData[C];
  if (category === 'ica' && parsed.kind === 'ica')
    return { ...parsed, sources: parsed.sources.map(status) } as QueryData[C];
  return null;
}

export function outcomesOf(
  category: QueryCategory,
  data: QueryData[QueryCategory],
): SourceOutcome[] {
  if (category === 'summary') return (data as SummaryBatch).results.map(outcome);
  return (data as MedicationExtract | IcaExtract).sources.map(outcome);
}

/** The events one embedded message gives (normally exactly one source). */
export function eventsOf(
  category: QueryCategory,
  correlationId: string,
  parsed: ParsedResponse,
): SourceEvent[] {
  const data = normalise(category, parsed);
  if (!data) return [];
  if (category === 'summary') {
    return (data as SummaryBatch).results.map((r) => ({
      category,
      correlationId,
      outcome: outcome(r),
      summary: r.summary,
    }));
  }
  if (category === 'medication') {
    return (data as MedicationExtract).sources.map((r) => ({
      category,
      correlationId,
      outcome: outcome(r),
      medication: r,
    }));
  }
  const ica = data as IcaExtract;
  return ica.sources.map((r) => ({
    category,
    correlationId,
    outcome: outcome(r),
    conditions: ica.conditions.filter((c) => c.provenance.source.ura === r.source.ura),
  }));
}
