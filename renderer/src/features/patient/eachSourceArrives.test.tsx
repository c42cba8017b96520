// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PatientScreen } from './PatientScreen';
import { fakeApi, ok } from '../../testing/fakeApi';
import { renderWithProviders } from '../../testing/renderWithProviders';
import {
  BSN,
  dispense,
  gpSource,
  medicationResult,
  patientContext,
  pharmacyA,
  pharmacyB,
  pharmacySource,
  summary,
  summaryResult,
} from '../../testing/fixtures';
import type { Result } from '../../../../shared/api/result';
import type { MedicationResult } from '../../../../shared/api/patientSchemas';
import type { Progress } from '../../../../shared/api/progressSchemas';

afterEach(cleanup);

describe('each source as it arrives (issue 16 point 5)', () => {
  it("shows the fast pharmacy's lines while the slow one still waits; the whole answer then completes it", async () => {
    let releaseWhole: (r: Result<MedicationResult>) => void = () => undefined;
    let releaseSecondPoll: (r: Result<Progress>) => void = () => undefined;
    const whole = medicationResult([
      { source: pharmacyA, status: 'OK', dispenses: [dispense()] },
      {
        source: pharmacyB,
        status: 'OK',
        dispenses: [
          dispense({
            id: 'd-omeprazol',
            product: { ...dispense().product, code: '67890', display: 'OMEPRAZOL 20MG CAPSULE' },
          }),
        ],
      },
    ]);
    const fast = whole.medication.sources[0];
    let polls = 0;
    const api = fakeApi({
      accessLogRecent: () => ok([]),
      patientOpen: () =>
        ok(
          patientContext({
            sources: [gpSource(), pharmacySource(pharmacyA), pharmacySource(pharmacyB)],
          }),
        ),
      patientClose: () => ok({ closed: true }),
      recordsSummary: () => ok(summaryResult(summary())),
      recordsMedication: () => new Promise((resolve) => (releaseWhole = resolve)),
      recordsProgress: (input) => {
        if (input.category !== 'medication')
          return ok({ correlationId: null, parts: [], next: 0, done: true });
        polls += 1;
        if (polls === 1)
          return ok({
            correlationId: 'c-1',
            parts: [
              {
                seq: 0,
                outcome: { source: pharmacyA, status: 'OK', count: 1 },
                medication: fast,
              },
            ],
            next: 1,
            done: false,
          });
        return new Promise((resolve) => (releaseSecondPoll = resolve));
      },
    });
    renderWithProviders(<PatientScreen />, { api });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'BSN' }), `${BSN}{Enter}`);

    // Pharmacy A's line is on screen while the whole answer has not come.
    await waitFor(() => expect(screen.getAllByTestId('medication-line')).toHaveLength(1));
    expect(screen.getByTestId('medication-line').textContent).toMatch(/METOPROLOL/);
    expect(screen.getByTestId(`source-status-${pharmacyA.ura}`).getAttribute('data-status')).toBe(
      'ok',
    );
    expect(screen.getByTestId(`source-status-${pharmacyB.ura}`).getAttribute('data-status')).toBe(
      'loading',
    );
    // The section is not "done": the allergy banner and "nothing found" wait for the whole answer.
    expect(screen.getByTestId('medication-section').getAttribute('data-state')).toBe('pending');
    // The poll asked from where it stopped.
    await waitFor(() => expect(polls).toBe(2));
    const progressCalls = api.calls.filter(
      (c) =>
        c.name === 'recordsProgress' && (c.input as { category: string }).category === 'medication',
    );
    expect(progressCalls.map((c) => (c.input as { since: number }).since)).toEqual([0, 1]);

    releaseWhole({ ok: true, value: whole });
    releaseSecondPoll({
      ok: true,
      value: { correlationId: 'c-1', parts: [], next: 1, done: true },
    });
    await waitFor(() =>
      expect(screen.getByTestId('medication-section').getAttribute('data-state')).toBe('done'),
    );
    expect(screen.getAllByTestId('medication-line')).toHaveLength(2);
    expect(screen.getByTestId('medication-section').textContent).toMatch(/OMEPRAZOL/);
    expect(screen.getByTestId(`source-status-${pharmacyB.ura}`).getAttribute('data-status')).toBe(
      'ok',
    );
  });
});
