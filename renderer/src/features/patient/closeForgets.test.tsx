// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QueryClient } from '@tanstack/react-query';
import { PatientScreen } from './PatientScreen';
import { fakeApi, ok } from '../../testing/fakeApi';
import { renderWithProviders } from '../../testing/renderWithProviders';
import {
  BSN,
  dispense,
  medicationResult,
  patientContext,
  pharmacyA,
  summary,
  summaryResult,
} from '../../testing/fixtures';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/*
 * Issue 16: after closing a patient nothing of that patient stays in the renderer's caches, and
 * nothing keeps the removed entries alive either (a query removed while its screen was still
 * mounted is otherwise held for its gcTime, 5 minutes by default, by a timer).
 */
const DOSAGE = 'Elke ochtend 1 tablet van 40 mg, nuchter';

const api = () =>
  fakeApi({
    accessLogRecent: () => ok([]),
    patientOpen: () => ok(patientContext()),
    patientClose: () => ok({ closed: true }),
    recordsSummary: () => ok(summaryResult(summary())),
    recordsMedication: () =>
      ok(
        medicationResult([
          {
            source: pharmacyA,
            status: 'OK',
            dispenses: [
              dispense({ dosageText: DOSAGE, usePeriod: { start: '2099-01-01', end: null } }),
            ],
          },
        ]),
      ),
  });

/** Everything the query and mutation caches hold, as text: keys, data, variables. */
function cacheText(client: QueryClient): string {
  const queries = client
    .getQueryCache()
    .getAll()
    .map((q) => ({ key: q.queryKey, data: q.state.data as unknown }));
  const mutations = client
    .getMutationCache()
    .getAll()
    .map((m) => ({ variables: m.state.variables as unknown, data: m.state.data as unknown }));
  return JSON.stringify({ queries, mutations });
}

async function openThenClose() {
  const fake = api();
  const { client } = renderWithProviders(<PatientScreen />, { api: fake });
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'BSN' }), `${BSN}{Enter}`);
  await screen.findByTestId('patient-banner');
  await waitFor(() =>
    expect(screen.getByTestId('medication-section').getAttribute('data-state')).toBe('done'),
  );
  await waitFor(() =>
    expect(screen.getByTestId('summary-section').getAttribute('data-state')).toBe('done'),
  );
  // The data really were in the cache while the patient was open.
  expect(cacheText(client)).toContain(DOSAGE);
  expect(cacheText(client)).toContain(pharmacyA.name);
  const clinical = client
    .getQueryCache()
    .getAll()
    .filter((q) => q.queryKey[0] === 'patient' && q.queryKey[1] !== 'context')
    .sort((a, b) => String(b.queryKey[1]).localeCompare(String(a.queryKey[1])));
  await user.click(screen.getByRole('button', { name: 'Patiënt sluiten' }));
  await waitFor(() => expect(screen.queryByTestId('patient-banner')).toBeNull());
  return { client, clinical };
}

describe('closing a patient', () => {
  it('leaves no clinical data of that patient in the query or mutation cache', async () => {
    const { client } = await openThenClose();
    const text = cacheText(client);
    expect(text).not.toContain(BSN);
    expect(text).not.toContain(DOSAGE);
    expect(text).not.toContain(pharmacyA.name);
    const patientQueries = client
      .getQueryCache()
      .getAll()
      .filter((q) => q.queryKey[0] === 'patient');
    // Only the open-patient slot remains, and it is empty.
    expect(patientQueries.map((q) => q.queryKey)).toEqual([['patient', 'context']]);
    expect(patientQueries[0]?.state.data).toBeNull();
    // Nor does the lookup field still show whose record was open.
    expect((screen.getByRole('textbox', { name: 'BSN' }) as HTMLInputElement).value).toBe('');
  });

  it('lets the removed clinical queries go at once, not after a garbage-collection delay', async () => {
    const { clinical } = await openThenClose();
    // Closing removes the queries while the screen is still mounted; when the screen unmounts,
    // each removed query schedules its collection after its gcTime, and that timer keeps it (with
    // the patient's data) reachable. The delay must be 0, not the 5-minute default.
    // The whole answers, and the parts that arrived source by source, are all such queries.
    expect(new Set(clinical.map((q) => q.queryKey[1]))).toEqual(
      new Set(['summary', 'medication', 'arrived']),
    );
    for (const query of clinical) expect((query as unknown as { gcTime: number }).gcTime).toBe(0);
  });
});
