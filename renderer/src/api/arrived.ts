import type {
  MedicationResult,
  SourceOutcome,
  SummaryResult,
} from '../../../shared/api/patientSchemas';
import type { SourcePartView } from '../../../shared/api/progressSchemas';

/** The parts of the running query that have arrived so far (recordsProgress). */
export interface Arrived {
  correlationId: string | null;
  parts: SourcePartView[];
}

const uraOf = (s: { ura: string | null; name: string | null }) => s.ura ?? s.name ?? '';

/** Outcomes per source: a part that arrived replaces the same source's earlier outcome. */
function mergeOutcomes(base: SourceOutcome[], parts: SourcePartView[]): SourceOutcome[] {
  const byKey = new Map(parts.map((p) => [uraOf(p.outcome.source), p.outcome]));
  const merged = base.map((o) => byKey.get(uraOf(o.source)) ?? o);
  const known = new Set(base.map((o) => uraOf(o.source)));
  return [...merged, ...parts.map((p) => p.outcome).filter((o) => !known.has(uraOf(o.source)))];
}

/**
 * What the summary section can show now: the earlier answer (during "Request again") with every
 * source that arrived since in place of its old part. Null when nothing has arrived.
 */
export function summarySoFar(
  arrived: Arrived | undefined,
  base: SummaryResult | undefined,
): SummaryResult | undefined {
  if (!arrived || arrived.parts.length === 0) return base;
  const withSummary = arrived.parts.find((p) => p.summary);
  return {
    summary: withSummary?.summary ?? base?.summary ?? null,
    sources: mergeOutcomes(base?.sources ?? [], arrived.parts),
    partial: base?.partial ?? false,
    correlationId: arrived.correlationId ?? base?.correlationId ?? '',
    elapsedMs: base?.elapsedMs ?? 0,
  };
}

/** The same for medication: each pharmacy's dispenses as they arrive; ICA comes with the whole answer. */
export function medicationSoFar(
  arrived: Arrived | undefined,
  base: MedicationResult | undefined,
): MedicationResult | undefined {
  if (!arrived || arrived.parts.length === 0) return base;
  const fresh = arrived.parts.flatMap((p) => (p.medication ? [p.medication] : []));
  const freshKeys = new Set(fresh.map((m) => uraOf(m.source)));
  const kept = (base?.medication.sources ?? []).filter((m) => !freshKeys.has(uraOf(m.source)));
  return {
    medication: {
      kind: 'medication',
      patient: base?.medication.patient ?? null,
      sources: [...kept, ...fresh],
      completeness: base?.medication.completeness ?? null,
    },
    ica: base?.ica ?? null,
    sources: mergeOutcomes(base?.sources ?? [], arrived.parts),
    partial: base?.partial ?? false,
    correlationId: arrived.correlationId ?? base?.correlationId ?? '',
    elapsedMs: base?.elapsedMs ?? 0,
  };
}
