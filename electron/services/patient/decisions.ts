import {
  decideAccess,
  type AccessDecision,
  type DataCategory,
} from '../../../shared/domain/authorisation';
import type { VerbalAnswer } from '../../../shared/domain/consent';
import type { ActiveRegimes } from '../../../shared/domain/consent/regimes';
import type { Session } from '../../../shared/api/schemas';
import type { KnownSource } from './ports';

export interface DecisionContext {
  session: Session;
  regimes: ActiveRegimes;
  actorRegions: string[];
  verbal: VerbalAnswer | null;
}

/**
 * The one place the workflow asks the domain's authorisation decision. A source whose consent
 * the product cannot know (live mode) is judged on the person's authority alone: the LSP decides
 * consent server-side.
 */
export function decide(
  ctx: DecisionContext,
  source: KnownSource,
  dataCategory: DataCategory,
): AccessDecision {
  return decideAccess({
    actor: {
      role: ctx.session.person.roleCode,
      passType: ctx.session.person.passType,
      setting: ctx.session.setting,
      regions: ctx.actorRegions,
    },
    overseer: ctx.session.overseer ? { role: ctx.session.overseer.roleCode } : null,
    dataCategory,
    source: { consent: source.consent ?? 'consent', region: source.region },
    regimes: ctx.regimes,
    pointOfCare: { verbal: ctx.verbal },
  });
}

/** Which data categories a source can give: the own GP the summary, a pharmacy medication and ICA. */
export const categoriesOf = (source: KnownSource): DataCategory[] =>
  source.kind === 'gp' ? ['summary'] : ['medication', 'ica'];

/** The access log's consent basis for an allowed decision. */
export function consentBasisOf(decision: AccessDecision) {
  if (!decision.allowed) return null;
  switch (decision.basis) {
    case 'explicit-consent':
      return 'registered' as const;
    case 'verbal-consent':
      return 'verbal-yes' as const;
    case 'unable-to-express':
      return 'unable-to-express-will' as const;
  }
}
