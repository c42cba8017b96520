import type { MedicationResult, SummaryResult } from '../../../shared/api/patientSchemas';
import type { Condition } from '../../../shared/domain/clinical/summary';

/** The banner's allergy/intolerance state: exactly four forms (domain.md §11, NHS CUI). */
export type AllergyForm = 'known' | 'none-known' | 'not-recorded' | 'unavailable';

export interface AllergyState {
  form: AllergyForm;
  items: Condition[];
  /** Names of the sources that did not (yet) answer: why the state is, or may be, incomplete. */
  missing: string[];
}

/** What a section knows: not requested, waiting, failed, or its result. */
export type SectionKnowledge<T> =
  | { phase: 'not-requested' }
  | { phase: 'pending' }
  | { phase: 'failed' }
  | { phase: 'done'; result: T };

type Evidence = 'none' | 'not-recorded' | 'missing';
const evidenceOf = (status: string): Evidence =>
  status === 'OK' ? 'none' : status === 'NF' ? 'not-recorded' : 'missing';

/**
 * Derives the state from the summary's intolerances and the pharmacies' ICA, and the names of the
 * sources that hold data but were not asked (`notAsked`, from the consent gate):
 * - known: at least one intolerance from any source (even when another source is missing);
 * - unavailable: nothing known and some source did not answer, is still loading, sent no ICA with
 *   its medication, or nothing could be asked at all (a source that did not answer is never "none");
 * - none known: every source was asked and answered OK with no intolerance;
 * - not recorded: every source was asked and answered, at least one with nothing on file (NF).
 */
export function allergyState(
  summary: SectionKnowledge<SummaryResult>,
  medication: SectionKnowledge<MedicationResult>,
  notAsked: readonly string[] = [],
): AllergyState {
  const items: Condition[] = [];
  const evidence: Evidence[] = [];
  const missing: string[] = [];
  const note = (e: Evidence, name: string | null | undefined) => {
    evidence.push(e);
    if (e === 'missing' && name && !missing.includes(name)) missing.push(name);
  };
  // A source that holds data but was not asked (objection, no consent, a verbal "no", a role that
  // may not see it) leaves a gap: the state can never be "none known" or "not recorded" then.
  for (const name of notAsked) note('missing', name);

  if (summary.phase === 'pending' || summary.phase === 'failed') note('missing', null);
  if (summary.phase === 'done') {
    items.push(...(summary.result.summary?.intolerances ?? []));
    for (const s of summary.result.sources)
      note(evidenceOf(s.status), s.source.name ?? s.source.ura);
  }
  if (medication.phase === 'pending' || medication.phase === 'failed') note('missing', null);
  if (medication.phase === 'done') {
    const ica = medication.result.ica;
    if (ica) {
      items.push(...ica.conditions.filter((c) => c.type === 'intolerance'));
      for (const s of ica.sources) note(evidenceOf(s.status), s.source.name ?? s.source.ura);
    } else {
      // No ICA came with the medication: the pharmacies' intolerances are not known.
      for (const s of medication.result.sources) note('missing', s.source.name ?? s.source.ura);
    }
  }

  if (items.length > 0) return { form: 'known', items, missing };
  if (evidence.length === 0 || evidence.includes('missing'))
    return { form: 'unavailable', items, missing };
  if (evidence.every((e) => e === 'none')) return { form: 'none-known', items, missing };
  return { form: 'not-recorded', items, missing };
}
