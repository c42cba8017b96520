import type { ConsentSource, PatientContext } from '../../../../shared/api/patientSchemas';
import type { ExpectedSource } from '../../components/sourceRows';

export type Category = 'summary' | 'medication' | 'ica';

/** Whether a category may be requested from one source, and if not, why (a RefusalReason code from shared/domain/authorisation). */
export interface SourceVerdict {
  allowed: boolean;
  reason: string | null;
}

/**
 * The consent panel's rule, in one place: only the legally valid path opens a source.
 * - objection: never, whatever the decision says (no override anywhere);
 * - no choice: only under the crisis regime, after a verbal yes or "unable to express a will";
 *   without the regime, not available;
 * - consent (or unknown, where the product cannot see it): as the policy decided.
 * The services enforce the same again; this gate decides what the screen starts.
 */
export function verdictFor(
  context: PatientContext,
  entry: ConsentSource,
  category: Category,
): SourceVerdict | null {
  const decision = entry.decisions[category];
  if (!decision) return null;
  if (entry.consent === 'objection') return { allowed: false, reason: 'objection' };
  if (entry.consent === 'no-choice') {
    if (!context.verbalQuestionApplies)
      return { allowed: false, reason: decision.allowed ? 'no-consent' : decision.reason };
    // The crisis regime opens only what the decision says it opens (the GP's summary): a
    // category outside it keeps its own refusal, so no card invites a question it cannot answer.
    if (!decision.allowed) return { allowed: false, reason: decision.reason };
    const asked = context.pointOfCare;
    if (!asked) return { allowed: false, reason: 'verbal-not-asked' };
    if (asked.verbal === 'no') return { allowed: false, reason: 'verbal-refused' };
  }
  return decision.allowed
    ? { allowed: true, reason: null }
    : { allowed: false, reason: decision.reason };
}

const VERBAL_REASONS = new Set(['verbal-not-asked', 'verbal-refused']);

/**
 * The categories of one source that the verbal question is about: those the decision opens on a
 * verbal answer, or refuses only for want of one. Empty for a source the regime does not reach.
 */
export function verbalScopeOf(entry: ConsentSource): Category[] {
  if (entry.consent !== 'no-choice') return [];
  return (['summary', 'medication', 'ica'] as const).filter((category) => {
    const d = entry.decisions[category];
    if (!d) return false;
    // Any opening of a no-choice source can only be the regime's verbal route.
    return d.allowed || VERBAL_REASONS.has(d.reason);
  });
}

const expectedFor = (context: PatientContext, category: Category): ExpectedSource[] =>
  context.sources.flatMap((entry) => {
    const verdict = verdictFor(context, entry, category);
    return verdict
      ? [{ source: entry.source, allowed: verdict.allowed, reason: verdict.reason }]
      : [];
  });

export interface ConsentGate {
  summary: ExpectedSource[];
  medication: ExpectedSource[];
  summaryAllowed: boolean;
  medicationAllowed: boolean;
  /** The verbal question must be answered before the no-choice sources can open. */
  verbalPending: boolean;
  /** The sources the verbal question is about, with the categories it opens at each. */
  verbalScope: { entry: ConsentSource; categories: Category[] }[];
  /**
   * Sources that hold allergy/intolerance data (the GP's summary, the pharmacies' ICA) but will
   * not be asked: the banner can then never say "none known" or "not recorded".
   */
  allergySourcesNotAsked: string[];
}

export function consentGate(context: PatientContext): ConsentGate {
  const summary = expectedFor(context, 'summary');
  // ICA comes with the medication query: a pharmacy that may give either is expected there.
  const medication = context.sources.flatMap((entry) => {
    const m = verdictFor(context, entry, 'medication');
    const i = verdictFor(context, entry, 'ica');
    const verdict = m?.allowed ? m : i?.allowed ? i : (m ?? i);
    return verdict
      ? [{ source: entry.source, allowed: verdict.allowed, reason: verdict.reason }]
      : [];
  });
  const verbalScope = context.sources.flatMap((entry) => {
    const categories = verbalScopeOf(entry);
    return categories.length > 0 ? [{ entry, categories }] : [];
  });
  const allergySourcesNotAsked = context.sources.flatMap((entry) => {
    const verdict = verdictFor(context, entry, entry.kind === 'gp' ? 'summary' : 'ica');
    return verdict && !verdict.allowed ? [entry.source.name ?? entry.source.ura ?? '?'] : [];
  });
  return {
    summary,
    medication,
    // Live mode: no sources are known in advance; the switchpoint asks them and decides.
    summaryAllowed: context.sourcesKnown === false || summary.some((s) => s.allowed),
    medicationAllowed: context.sourcesKnown === false || medication.some((s) => s.allowed),
    verbalPending:
      context.verbalQuestionApplies && context.pointOfCare === null && verbalScope.length > 0,
    verbalScope,
    allergySourcesNotAsked,
  };
}
