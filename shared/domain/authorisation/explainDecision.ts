import type { AccessDecision } from './decideAccess';
import { legalBasisText, refusalReasonText } from './decisionText';

/** The sentence to show the clinician for a decision. */
export function explainDecision(decision: AccessDecision, language: 'nl' | 'en'): string {
  return decision.allowed
    ? legalBasisText[decision.basis][language]
    : refusalReasonText[decision.reason][language];
}
