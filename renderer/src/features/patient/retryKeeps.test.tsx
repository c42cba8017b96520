// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
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

afterEach(cleanup);

describe('"Request again" keeps what already arrived (issue 16 point 5)', () => {
  it('the retry button sits with the failed source; the other pharmacy stays on screen meanwhile', async () => {
    let calls = 0;
    let release: (r: Result<MedicationResult>) => void = () => undefined;
    const first = medicationResult([
      {
        source: pharmacyA,
        status: 'OK',
        dispenses: [dispense({ usePeriod: { start: '2099-01-01', end: null } })],
      },
      { source: pharmacyB, status: 'timeout', dispenses: [] },
    ]);
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
      recordsMedication: () => {
        calls += 1;
        if (calls === 1) return ok(first);
        return new Promise((resolve) => (release = resolve));
      },
    });
    renderWithProviders(<PatientScreen />, { api });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'BSN' }), `${BSN}{Enter}`);
    const b = await screen.findByTestId(`source-status-${pharmacyB.ura}`);
    await waitFor(() => expect(b.getAttribute('data-status')).toBe('timeout'));
    // Only the failed source has a retry button, named after it.
    expect(
      within(screen.getByTestId(`source-status-${pharmacyA.ura}`)).queryByRole('button'),
    ).toBeNull();
    await user.click(within(b).getByRole('button', { name: /Opnieuw opvragen: Apotheek Noord/ }));

    await waitFor(() =>
      expect(screen.getByTestId(`source-status-${pharmacyB.ura}`).getAttribute('data-status')).toBe(
        'loading',
      ),
    );
    // Meanwhile what arrived stays: pharmacy A's line and status.
    expect(screen.getByTestId('medication-line').textContent).toMatch(/METOPROLOL/);
    expect(screen.getByTestId(`source-status-${pharmacyA.ura}`).getAttribute('data-status')).toBe(
      'ok',
    );
    expect(screen.getByTestId('medication-section').getAttribute('data-state')).toBe('done');

    release({
      ok: true,
      value: medicationResult([
        { source: pharmacyA, status: 'OK', dispenses: [dispense()] },
        { source: pharmacyB, status: 'OK', dispenses: [] },
      ]),
    });
    await waitFor(() =>
      expect(screen.getByTestId(`source-status-${pharmacyB.ura}`).getAttribute('data-status')).toBe(
        'nothing-found',
      ),
    );
    expect(calls).toBe(2);
  });
});
