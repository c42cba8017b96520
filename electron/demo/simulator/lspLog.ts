/**
 * The LSP-side log: every request the simulated switchpoint received — who, when, which patient,
 * which data category and what came of it. Identifiers only, never clinical data (domain.md §2, §9).
 */
export interface LspLogEntry {
  time: string;
  interaction: string;
  category: string;
  bsn: string | null;
  /** The acting person (UZI, role) and the responsible one. */
  author: { uzi: string; role: string | null } | null;
  overseer: { uzi: string; role: string | null } | null;
  organisationUra: string | null;
  /** The system (TLS client certificate) that sent it. */
  systemUra: string | null;
  messageId: string | null;
  correlationId: string | null;
  outcome: 'answered' | 'refused' | 'malformed' | 'accepted' | 'rejected' | 'error' | 'silent';
  /** Free text for the CLI and the admin route (may be English and technical). */
  reason: string | null;
  /**
   * The reason as a code the trainer panel translates: the AORTA detail code the answer carried
   * (ONBEKENDE_AFZENDER, TOKEN_…, GEWEIGERD, …), a RefusalReason code for a policy refusal,
   * ONLEESBAAR for an unreadable request, GEEN_ANTWOORD for a silent receiver; null without one.
   */
  reasonCode: string | null;
  sources: { ura: string; name: string; status: string }[];
}

export interface LspLog {
  add(entry: LspLogEntry): void;
  entries(limit?: number): LspLogEntry[];
  clear(): void;
}

export function createLspLog(capacity = 5000): LspLog {
  const items: LspLogEntry[] = [];
  return {
    add(entry) {
      items.push(entry);
      if (items.length > capacity) items.splice(0, items.length - capacity);
    },
    entries(limit = 200) {
      return items.slice(-limit).reverse();
    },
    clear() {
      items.length = 0;
    },
  };
}
