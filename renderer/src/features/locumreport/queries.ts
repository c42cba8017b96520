import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../shared/api/contract';
import { useApi } from '../../api/ApiContext';
import { unwrap } from '../../api/client';

export const outboxKey = ['outbox', 'status'] as const;
/** How often the outbox is asked while a report waits; slower when nothing does. */
export const OUTBOX_POLL_MS = 3_000;
export const OUTBOX_IDLE_POLL_MS = 60_000;

/** ICPC codes for a search text; nothing is asked for an empty text. */
export function useIcpcSearch(query: string) {
  const api = useApi();
  const q = query.trim();
  return useQuery({
    queryKey: ['icpc', q],
    queryFn: () => unwrap(api.icpcSearch({ query: q.slice(0, 60) })),
    enabled: q.length > 0,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

/** The outbox counts and reports: polled every few seconds while anything waits or is sending. */
export function useOutboxStatus() {
  const api = useApi();
  return useQuery({
    queryKey: outboxKey,
    queryFn: () => unwrap(api.outboxStatus({})),
    refetchInterval: (query) =>
      (query.state.data?.counts.waiting ?? 0) > 0 ? OUTBOX_POLL_MS : OUTBOX_IDLE_POLL_MS,
  });
}

/** Stores and sends one report; the caller's draftId makes a repeated call the same report. */
export function useSendReport() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    // Patient data (identity, draft, report) must not outlive the screen in the mutation cache.
    gcTime: 0,
    mutationFn: (input: Input<'locumReportSend'>) => unwrap(api.locumReportSend(input)),
    onSettled: () => client.invalidateQueries({ queryKey: outboxKey }),
  });
}

export function useOutboxRetry() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    // Patient data (identity, draft, report) must not outlive the screen in the mutation cache.
    gcTime: 0,
    mutationFn: (reportId: string) => unwrap(api.outboxRetry({ reportId })),
    onSettled: () => client.invalidateQueries({ queryKey: outboxKey }),
  });
}

/** The report's content for manual delivery (the backend logs the print). */
export function useOutboxPrint() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    // Patient data (identity, draft, report) must not outlive the screen in the mutation cache.
    gcTime: 0,
    mutationFn: (reportId: string) => unwrap(api.outboxPrint({ reportId })),
    onSettled: () => client.invalidateQueries({ queryKey: outboxKey }),
  });
}
