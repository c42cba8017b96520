import { actingAuthority } from './actingAuthority';
import type { DecisionInput } from './decisionInput';
import type { LegalBasis, RefusalReason } from './decisionText';
import { roleRefusal } from './roleRules';

/** The outcome, also the JSON printed by `policy decide`. */
export type AccessDecision =
  { allowed: true; basis: LegalBasis } | { allowed: false; reason: RefusalReason };

function refuse(reason: RefusalReason): AccessDecision {
  return { allowed: false, reason };
}

/**
 * The authorisation decision: may this person, now, see (or send) this data category for this
 * source? Pure; the same input always gives the same answer. The order is deliberate
 * (docs/domain-core.md):
 *  1. an objection at the source: nothing else matters;
 *  2. the pass: who acts, and on whose authority (own role, or the overseer's);
 *  3. the role for this data category and workplace, including the crisis-only routes;
 *  4. the region, when the regional regime is on;
 *  5. consent at the source, and the verbal answer at the desk.
 */
export function decideAccess(input: DecisionInput): AccessDecision {
  const { actor, overseer, dataCategory, source, regimes, pointOfCare } = input;

  if (source.consent === 'objection') return refuse('objection');

  const authority = actingAuthority(actor, overseer);
  if (!authority.ok) return refuse(authority.reason);

  const roleReason = roleRefusal(authority.role, dataCategory, actor.setting, regimes.crisisOptIn);
  if (roleReason !== null) {
    return refuse(
      authority.viaOverseer && roleReason === 'role-not-authorised'
        ? 'overseer-not-authorised'
        : roleReason,
    );
  }

  if (regimes.regions && (source.region === null || !actor.regions.includes(source.region))) {
    return refuse('outside-region');
  }

  const verbal = pointOfCare.verbal;
  if (source.consent === 'consent') {
    // Consent at the source does not overrule a "no" said at the desk now.
    return verbal === 'no'
      ? refuse('verbal-refused')
      : { allowed: true, basis: 'explicit-consent' };
  }

  // No choice recorded: only the crisis regime opens the summary, to HAP and SEH, after asking.
  const crisisRoute =
    regimes.crisisOptIn &&
    dataCategory === 'summary' &&
    (actor.setting === 'HAP' || actor.setting === 'SEH');
  if (!crisisRoute) return refuse('no-consent');
  switch (verbal) {
    case 'yes':
      return { allowed: true, basis: 'verbal-consent' };
    case 'unable':
      return { allowed: true, basis: 'unable-to-express' };
    case 'no':
      return refuse('verbal-refused');
    case null:
      return refuse('verbal-not-asked');
  }
}
