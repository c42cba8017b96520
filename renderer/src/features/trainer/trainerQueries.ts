import {
  useIsMutating,
  useMutation,
  useMutationState,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { DemoControl, DemoState } from '../../../../shared/api/demoSchemas';
import { useApi } from '../../api/ApiContext';
import { unwrap } from '../../api/client';

/** The scenario the trainer applied last, if any. */
export const activeScenario = (state: DemoState) =>
  state.scenarios.find((s) => s.id === state.activeScenarioId) ?? null;

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

/** Every trainer change shares this key: the panel shows any part's failure and busy state. */
const controlKey = ['demo', 'control'] as const;

export function useDemoControl() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationKey: controlKey,
    mutationFn: (action: DemoControl) => unwrap(api.demoControl(action)),
    onSuccess: (state: DemoState, action: DemoControl) => {
      client.setQueryData(trainerKey, state);
      // A reset empties the client's outbox too: its indicator asks again now, not at next poll.
      if (action.action === 'reset') void client.invalidateQueries({ queryKey: ['outbox'] });
    },
  });
}

/** Whether any trainer change (from any part of the panel) is still on its way. */
export function useDemoBusy(): boolean {
  return useIsMutating({ mutationKey: controlKey }) > 0;
}

/** The failure of the latest trainer change, from whichever part of the panel made it. */
export function useDemoControlError(): Error | null {
  const states = useMutationState({
    filters: { mutationKey: controlKey },
    select: (m) => m.state,
  });
  const last = states.at(-1);
  return last?.status === 'error' ? (last.error ?? null) : null;
}
