import { useCallback } from 'react';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Api } from '../../../shared/api/contract';
import type { PatientContext } from '../../../shared/api/patientSchemas';
import { useApi } from './ApiContext';
import type { Arrived } from './arrived';
import { unwrap } from './client';

type VerbalAnswer = 'yes' | 'no' | 'unable';

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

/*
 * The open patient. Everything under the `patient` key is medical or identifying and lives only in
 * this in-memory cache; closing the patient, signing out and the idle lock remove it.
 */
export const patientKeys = {
  all: ['patient'] as const,
  context: ['patient', 'context'] as const,
  summary: (bsn: string) => ['patient', 'summary', bsn] as const,
  medication: (bsn: string) => ['patient', 'medication', bsn] as const,
  /** The sources of the running query that have arrived (each source as it arrives). */
  arrived: (category: 'summary' | 'medication', bsn: string) =>
    ['patient', 'arrived', category, bsn] as const,
};

/*
 * Clinical queries are collected the moment their last observer goes (gcTime 0). Closing a patient
 * removes them while the screen is still mounted; when the screen then unmounts, each removed
 * query schedules its garbage collection after gcTime, and that timer keeps the query (and its
 * medical data) reachable: with the 5-minute default, every patient opened in the last 5 minutes
 * stayed in memory (issue 16, ~50 KB a patient).
 */
export const CLINICAL_GC_TIME = 0;

/** Forgets every patient query. The context entry is set to null first so its observers unmount their sections. */
export function forgetPatient(client: QueryClient): void {
  client.setQueryData<PatientContext | null>(patientKeys.context, null);
  client.removeQueries({
    queryKey: patientKeys.all,
    predicate: (query) => query.queryKey[1] !== patientKeys.context[1],
  });
}

/** The open patient's context, set by `useOpenPatient` and `useRecordVerbal`; null when none is open. */
export function usePatientContext() {
  return useQuery<PatientContext | null>({
    queryKey: patientKeys.context,
    queryFn: () => null,
    enabled: false,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/**
 * The open patient's context goes only into its query, never into a mutation's result: a finished
 * mutation keeps its data while its component lives, which kept a closed patient's identity in
 * memory until the lookup rendered again.
 */
function setContext(client: QueryClient, context: PatientContext): void {
  client.setQueryData(patientKeys.context, context);
}

export function useOpenPatient() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    // Patient data (identity, draft, report) must not outlive the screen in the mutation cache.
    gcTime: 0,
    mutationFn: async (bsn: string) => {
      const previous = client.getQueryData<PatientContext | null>(patientKeys.context);
      forgetPatient(client);
      // The previous patient is closed before the next is opened, so the close cannot overtake it.
      if (previous) await api.patientClose({});
      setContext(client, await unwrap(api.patientOpen({ bsn })));
    },
  });
}

export function useRecordVerbal() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    // Patient data (identity, draft, report) must not outlive the screen in the mutation cache.
    gcTime: 0,
    mutationFn: async (input: { bsn: string; answer: VerbalAnswer; reason: string | null }) =>
      setContext(client, await unwrap(api.consentRecordVerbal(input))),
  });
}

/** After a verbal "no": asks again (logged); the context comes back without the answer. */
export function useAskAgain() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    // Patient data (identity, draft, report) must not outlive the screen in the mutation cache.
    gcTime: 0,
    mutationFn: async (bsn: string) =>
      setContext(client, await unwrap(api.consentAskAgain({ bsn }))),
  });
}

/** Closes the patient: the data leaves memory at once; the services are told after. */
export function useClosePatient() {
  const api = useApi();
  const client = useQueryClient();
  return useCallback(() => {
    forgetPatient(client);
    void api.patientClose({});
  }, [api, client]);
}

/** How long one recordsProgress call may wait for a new source before answering empty. */
const PROGRESS_WAIT_MS = 1_500;
const NOT_STARTED_RETRY_MS = 20;

/**
 * Runs the section's query and, while it waits for the whole answer, long-polls recordsProgress
 * and puts every source that arrived under `patientKeys.arrived`, so the section can show it at
 * once. The whole answer stays the query's data, as before.
 */
async function withArrivals<T>(
  api: Api,
  client: QueryClient,
  bsn: string,
  category: 'summary' | 'medication',
  whole: () => Promise<T>,
): Promise<T> {
  const key = patientKeys.arrived(category, bsn);
  // The previous query's parts ("Request again") are not this query's: skip them until it starts.
  const stale =
    client.getQueryData<{ correlationId?: string }>(patientKeys[category](bsn))?.correlationId ??
    client.getQueryData<Arrived>(key)?.correlationId ??
    null;
  client.setQueryData<Arrived>(key, { correlationId: null, parts: [] });
  let settled = false;
  const answer = whole().finally(() => (settled = true));
  const poll = async () => {
    let since = 0;
    while (!settled) {
      const r = await api.recordsProgress({ bsn, category, since, waitMs: PROGRESS_WAIT_MS });
      // No progress to read (an older host, a refusal): the whole answer still comes.
      if (!r.ok || settled) return;
      if (r.value.correlationId === null || r.value.correlationId === stale) {
        // This query has not reached the service yet.
        await new Promise((resolve) => setTimeout(resolve, NOT_STARTED_RETRY_MS));
        since = 0;
        continue;
      }
      since = r.value.next;
      if (r.value.parts.length > 0) {
        const now = r.value;
        client.setQueryData<Arrived>(key, (old) => ({
          correlationId: now.correlationId,
          parts: [...(old?.parts ?? []), ...now.parts],
        }));
      }
      if (r.value.done) return;
    }
  };
  void poll();
  return answer;
}

/** The parts that have arrived for the section's running query. */
export function useArrived(category: 'summary' | 'medication', bsn: string) {
  return useQuery<Arrived>({
    queryKey: patientKeys.arrived(category, bsn),
    queryFn: () => ({ correlationId: null, parts: [] }),
    enabled: false,
    staleTime: Infinity,
    // The arrived parts are medical data like the whole answer: gone with the screen.
    gcTime: CLINICAL_GC_TIME,
  }).data;
}

export function useSummary(bsn: string, enabled: boolean) {
  const api = useApi();
  const client = useQueryClient();
  return useQuery({
    queryKey: patientKeys.summary(bsn),
    queryFn: () =>
      withArrivals(api, client, bsn, 'summary', () => unwrap(api.recordsSummary({ bsn }))),
    enabled,
    staleTime: Infinity,
    gcTime: CLINICAL_GC_TIME,
  });
}

export function useMedication(bsn: string, enabled: boolean) {
  const api = useApi();
  const client = useQueryClient();
  return useQuery({
    queryKey: patientKeys.medication(bsn),
    queryFn: () =>
      withArrivals(api, client, bsn, 'medication', () => unwrap(api.recordsMedication({ bsn }))),
    enabled,
    staleTime: Infinity,
    gcTime: CLINICAL_GC_TIME,
  });
}
