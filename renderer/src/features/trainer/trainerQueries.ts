import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DemoControl, DemoState } from '../../../../shared/api/demoSchemas';
import { useApi } from '../../api/ApiContext';
import { unwrap } from '../../api/client';

/** The trainer's view of the simulator: synthetic data only, demo mode only. */
export const trainerKey = ['demo', 'state'] as const;

/** Polled while the panel is open, so the LSP log and the inboxes follow what trainees do. */
export function useDemoState(pollMs = 2000) {
  const api = useApi();
  return useQuery({
    queryKey: trainerKey,
    queryFn: () => unwrap(api.demoState({})),
    refetchInterval: pollMs,
  });
}

export function useDemoControl() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: DemoControl) => unwrap(api.demoControl(action)),
    onSuccess: (state: DemoState, action: DemoControl) => {
      client.setQueryData(trainerKey, state);
      // A reset empties the client's outbox too: its indicator asks again now, not at next poll.
      if (action.action === 'reset') void client.invalidateQueries({ queryKey: ['outbox'] });
    },
  });
}
