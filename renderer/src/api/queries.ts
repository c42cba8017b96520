import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from './ApiContext';
import { unwrap } from './client';

export const keys = {
  appInfo: ['appInfo'] as const,
  accessLog: ['accessLog'] as const,
};

export function useAppInfo() {
  const api = useApi();
  return useQuery({
    queryKey: keys.appInfo,
    queryFn: () => unwrap(api.appInfo({})),
    staleTime: Infinity,
  });
}

export function useSignIn() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (identityId: string) => unwrap(api.signInDemo({ identityId })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.appInfo }),
  });
}

export function useSignOut() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.signOut({})),
    // Signing out forgets everything the renderer holds, then asks again who is there.
    onSuccess: async () => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== keys.appInfo[0] });
      await client.invalidateQueries({ queryKey: keys.appInfo });
    },
  });
}
