import type { Session } from '../../../shared/api/schemas';
import { actingAuthority } from '../../../shared/domain/authorisation/actingAuthority';
import { roleRefusal } from '../../../shared/domain/authorisation/roleRules';
import type { DataCategory } from '../../../shared/domain/authorisation/dataCategory';
import type { RefusalReason } from '../../../shared/domain/authorisation/decisionText';

/**
 * Whether this identity may see a patient's identity at all: only when its acting role (its own,
 * or its overseer's under mandate) could be allowed at least one data category from its
 * workplace, under any regime. An unnamed pass, a named employee without an overseer (the privacy
 * officer) and a role without LSP access are refused before a name, birth date or own GP is
 * looked up. Null when it may, else the reason.
 */
export function identityRefusal(session: Session): RefusalReason | null {
  const acting = actingAuthority(
    {
      role: session.person.roleCode,
      passType: session.person.passType,
      setting: session.setting,
      regions: [],
    },
    session.overseer ? { role: session.overseer.roleCode } : null,
  );
  if (!acting.ok) return acting.reason;
  const categories: DataCategory[] = ['summary', 'medication', 'ica', 'locum-report'];
  const refusals = categories.map((c) => roleRefusal(acting.role, c, session.setting, true));
  return refusals.every((r) => r !== null) ? (refusals[0] ?? 'role-not-authorised') : null;
}

/**
 * May this identity send (and so retry or print) locum reports from its workplace on its own
 * role? A named employee acting under a GP's mandate does not handle another clinician's report.
 */
export function reportRefusal(session: Session): RefusalReason | null {
  const acting = actingAuthority(
    {
      role: session.person.roleCode,
      passType: session.person.passType,
      setting: session.setting,
      regions: [],
    },
    session.overseer ? { role: session.overseer.roleCode } : null,
  );
  if (!acting.ok) return acting.reason;
  if (acting.viaOverseer) return 'role-not-authorised';
  return roleRefusal(acting.role, 'locum-report', session.setting, false);
}
