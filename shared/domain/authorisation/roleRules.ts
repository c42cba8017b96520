import type { CareSetting } from '../roles/careSetting';
import { roleGroup } from '../roles/roleCatalogue';
import type { DataCategory } from './dataCategory';
import type { RefusalReason } from './decisionText';

/** A prescribing physician: any 01.xxx role except those without LSP access. */
function isPhysician(role: string): boolean {
  return role.startsWith('01.') && roleGroup(role) !== 'no-lsp-access';
}

/**
 * May this role see this data category from this workplace (domain.md §7)? Returns null when
 * it may, otherwise the reason. Consent is not looked at here.
 */
export function roleRefusal(
  role: string,
  category: DataCategory,
  setting: CareSetting,
  crisisOptIn: boolean,
): RefusalReason | null {
  const group = roleGroup(role);
  if (group === 'no-lsp-access' || group === 'none') return 'role-not-authorised';
  switch (category) {
    case 'medication':
    case 'ica':
      return isPhysician(role) || group === 'pharmacist' ? null : 'role-not-authorised';
    case 'summary':
      if (group === 'generalist') {
        if (setting === 'HAP' || setting === 'huisartspraktijk') return null;
        if (setting === 'SEH') return crisisOptIn ? null : 'regime-not-active';
        return 'setting-not-authorised';
      }
      if (group === 'emergency-physician') {
        if (setting !== 'SEH') return 'setting-not-authorised';
        return crisisOptIn ? null : 'regime-not-active';
      }
      return 'role-not-authorised';
    case 'locum-report':
      if (group !== 'generalist') return 'role-not-authorised';
      return setting === 'HAP' ? null : 'setting-not-authorised';
  }
}
