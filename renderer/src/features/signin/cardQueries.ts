import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { unwrap } from '../../api/client';
import { keys } from '../../api/queries';

export const cardKeys = { status: ['cardStatus'] as const, liveCheck: ['liveCheck'] as const };

/** The card in the reader, polled every second (insertion, removal, PIN state). */
export function useCardStatus(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: cardKeys.status,
    queryFn: () => unwrap(api.cardStatus({})),
    refetchInterval: 1000,
    enabled,
  });
}

export function useLiveCheck() {
  const api = useApi();
  return useQuery({ queryKey: cardKeys.liveCheck, queryFn: () => unwrap(api.liveCheck({})) });
}

export function useSignInWithCard() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (pin: string) => unwrap(api.signInWithCard({ pin })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.appInfo }),
    // a wrong PIN changes what the card says of its PIN: read it again
    onError: () => client.invalidateQueries({ queryKey: cardKeys.status }),
  });
}
