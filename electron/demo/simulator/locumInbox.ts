import type { LocumReport } from '../../../shared/domain/clinical';

/** A locum report as the receiving GP practice keeps it: a draft for the GP to confirm (domain.md §5). */
export interface InboxItem {
  receivedAt: string;
  messageId: string;
  report: LocumReport;
}

/** The simulated GP practices' inboxes, in memory, by source id. */
export interface LocumInbox {
  add(sourceId: string, item: InboxItem): void;
  list(sourceId?: string): { sourceId: string; items: InboxItem[] }[];
  has(messageId: string): boolean;
  clear(): void;
}

export function createLocumInbox(): LocumInbox {
  const bySource = new Map<string, InboxItem[]>();
  const ids = new Set<string>();
  return {
    add(sourceId, item) {
      bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), item]);
      ids.add(item.messageId);
    },
    list(sourceId) {
      return [...bySource.entries()]
        .filter(([id]) => sourceId === undefined || id === sourceId)
        .map(([id, items]) => ({ sourceId: id, items }));
    },
    has: (messageId) => ids.has(messageId),
    clear() {
      bySource.clear();
      ids.clear();
    },
  };
}
