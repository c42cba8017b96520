export type { DataCategory } from './dataCategory';
export { dataCategories } from './dataCategory';
export type { LegalBasis, RefusalReason } from './decisionText';
export { legalBases, legalBasisText, refusalReasonText, refusalReasons } from './decisionText';
export type { DecisionInput } from './decisionInput';
export { decisionInputSchema } from './decisionInput';
export type { AccessDecision } from './decideAccess';
export { decideAccess } from './decideAccess';
export { explainDecision } from './explainDecision';
