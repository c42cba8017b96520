import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { unwrap } from '../../api/client';
import type { Input } from '../../../../shared/api/contract';

const PAGE = 50;
type SearchFilter = Omit<Input<'accessLogSearch'>, 'cursor' | 'limit'>;
type ReviewFilter = Omit<Input<'accessLogReviewQueue'>, 'cursor' | 'limit'>;

/** The integrity verdict: polled while the start-up check runs, then now and then. */
export function useAccessLogIntegrity() {
  const api = useApi();
  return useQuery({
    queryKey: ['accessLogIntegrity'],
    queryFn: () => unwrap(api.accessLogIntegrity({})),
    refetchInterval: (query) => (query.state.data?.status === 'checking' ? 1000 : 60_000),
  });
}

/** Forwarding to the central audit store (log manager): polled, it reads no entry and is not logged. */
export function useAccessLogForwarding() {
  const api = useApi();
  return useQuery({
    queryKey: ['accessLogForwarding'],
    queryFn: () => unwrap(api.accessLogForwarding({})),
    refetchInterval: 10_000,
  });
}

/** Keyset pages of the log for a filter; `enabled` only once the user asked (each look is logged). */
export function useAccessLogSearch(filter: SearchFilter | null) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['accessLog', 'search', filter],
    enabled: filter !== null,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.accessLogSearch({
          ...filter,
          limit: PAGE,
          ...(pageParam ? { cursor: pageParam } : {}),
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useReviewQueue(filter: ReviewFilter | null) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: ['accessLog', 'review', filter],
    enabled: filter !== null,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.accessLogReviewQueue({
          ...filter,
          limit: PAGE,
          ...(pageParam ? { cursor: pageParam } : {}),
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useReviewUpdate() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'accessLogReviewUpdate'>) => unwrap(api.accessLogReviewUpdate(input)),
    onSuccess: () => client.invalidateQueries({ queryKey: ['accessLog', 'review'] }),
  });
}

export function useAccessLogExport() {
  const api = useApi();
  return useMutation({
    mutationFn: (input: Input<'accessLogExport'>) => unwrap(api.accessLogExport(input)),
  });
}
