/**
 * Treatment limits (behandelgrenzen) recognised in free text: attention notes and episode titles
 * (domain.md §4). Only what is written is recognised; nothing is ever inferred from absence.
 */
import type { Provenance, TreatmentLimit } from '../../../../../shared/domain/clinical';

type Kind = TreatmentLimit['kind'];

const PATTERNS: { kind: Kind; pattern: RegExp }[] = [
  {
    kind: 'no-resuscitation',
    pattern:
      /\bniet\s+(?:te\s+)?reanimeren\b|\bgeen\s+reanimatie\b|\bNR-|\bNR\b|\bDNR\b|\bDNAR\b|\bniet[- ]reanimatie/i,
  },
  {
    kind: 'no-admission',
    pattern:
      /\bgeen\s+(?:ziekenhuis)?opname\b|\bniet\s+(?:in\s+het\s+ziekenhuis\s+)?opnemen\b|\bniet\s+insturen\b|\bgeen\s+verwijzing\s+(?:naar\s+)?(?:het\s+)?ziekenhuis\b/i,
  },
  { kind: 'no-ambulance', pattern: /\bgeen\s+ambulance\b/i },
  {
    kind: 'no-ventilation',
    pattern:
      /\bniet\s+beademen\b|\bgeen\s+beademing\b|\bgeen\s+(?:IC|intensive\s+care)(?:-opname)?\b/i,
  },
  {
    kind: 'other',
    pattern:
      /\bbehandelbeperking(?:en)?\b|\bbehandelgrens(?:zen)?\b|\bbehandelgrenzen\b|\bbehandelverbod\b|\bwilsverklaring\b|\beuthanasieverklaring\b/i,
  },
];

/** Every kind of limit the text mentions (one entry per kind, with the full text). */
export function treatmentLimitsIn(
  text: string,
  from: TreatmentLimit['from'],
  date: string | null,
  provenance: Provenance,
): TreatmentLimit[] {
  const kinds = PATTERNS.filter((p) => p.pattern.test(text)).map((p) => p.kind);
  const specific = kinds.filter((k) => k !== 'other');
  // "behandelgrenzen: niet reanimeren" is one no-resuscitation limit, not also an 'other'.
  const result = specific.length ? specific : kinds;
  return result.map((kind) => ({ kind, text, from, date, provenance }));
}
