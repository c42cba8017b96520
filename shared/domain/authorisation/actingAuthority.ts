import { passTypeInfo } from '../uzi/passType';
import type { DecisionInput } from './decisionInput';
import type { RefusalReason } from './decisionText';

/** Whose role gives the authority for this query, or why nobody's does. */
export type ActingAuthority =
  { ok: true; role: string; viaOverseer: boolean } | { ok: false; reason: RefusalReason };

/**
 * A care-professional pass acts on its own role. A named employee pass acts only under an
 * overseer, and then on the overseer's role: its own role (00.000) never gives authority. An
 * unnamed employee pass gets nothing; a server certificate is a system, not a person.
 */
export function actingAuthority(
  actor: DecisionInput['actor'],
  overseer: DecisionInput['overseer'],
): ActingAuthority {
  switch (passTypeInfo[actor.passType].lspAccess) {
    case 'none':
      return { ok: false, reason: 'pass-without-lsp-access' };
    case 'system':
      return { ok: false, reason: 'server-certificate' };
    case 'under-overseer':
      if (overseer === null) return { ok: false, reason: 'mandate-without-overseer' };
      return { ok: true, role: overseer.role, viaOverseer: true };
    case 'own-role':
      return { ok: true, role: actor.role, viaOverseer: false };
  }
}
