// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PatientScreen } from './PatientScreen';
import { fakeApi, ok } from '../../testing/fakeApi';
import { renderWithProviders } from '../../testing/renderWithProviders';
import {
  BSN,
  medicationResult,
  patientContext,
  pharmacyA,
  summary,
  summaryResult,
} from '../../testing/fixtures';
import { patientKeys } from '../../api/queries';
import { appInfo } from '../locumreport/testing/reportFakes';

/** The medication section, made to fail on demand: the rest must not go down with it. */
const failing = vi.hoisted(() => ({ now: false }));
vi.mock('../medication/MedicationSection', async (importOriginal) => {
  const original = await importOriginal<typeof import('../medication/MedicationSection')>();
  return {
    MedicationSection: (props: Parameters<typeof original.MedicationSection>[0]) => {
      if (failing.now) throw new Error('render failed: METOPROLOL 50 mg');
      return original.MedicationSection(props);
    },
  };
});

afterEach(() => {
  cleanup();
  failing.now = false;
});

describe('an error boundary per clinical section', () => {
  it('a section that throws says what failed; banner, other sections and the locum draft stay', async () => {
    const medication = medicationResult([{ source: pharmacyA, status: 'OK', dispenses: [] }]);
    const api = fakeApi({
      appInfo: () => ok(appInfo()),
      accessLogRecent: () => ok([]),
      patientOpen: () => ok(patientContext()),
      patientClose: () => ok({ closed: true }),
      recordsSummary: () => ok(summaryResult(summary())),
      recordsMedication: () => ok(medication),
      outboxStatus: () => ok({ counts: { waiting: 0, delivered: 0, failed: 0 }, reports: [] }),
    });
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { client } = renderWithProviders(<PatientScreen />, { api });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'BSN' }), `${BSN}{Enter}`);
    await screen.findByTestId('patient-banner');
    const s = await screen.findByLabelText(/^S –/);
    await user.type(s, 'Sinds gisteren koorts.');
    await waitFor(() =>
      expect(screen.getByTestId('medication-section').getAttribute('data-state')).toBe('done'),
    );

    failing.now = true;
    act(() =>
      client.setQueryData(patientKeys.medication(BSN), { ...medication, correlationId: 'changed' }),
    );

    const failed = await screen.findByTestId('section-boundary-medication');
    expect(failed.textContent).toMatch(/Medicatie/);
    expect(failed.textContent).toMatch(/Dit onderdeel kon niet worden getoond/);
    // Nothing of the error itself (it may quote data) reaches the screen.
    expect(failed.textContent).not.toMatch(/METOPROLOL/);
    expect(screen.queryByTestId('medication-section')).toBeNull();
    expect(screen.getByTestId('patient-banner')).toBeTruthy();
    expect(screen.getByTestId('summary-section').getAttribute('data-state')).toBe('done');
    expect(screen.getByTestId('consent-panel')).toBeTruthy();
    expect((screen.getByLabelText(/^S –/) as HTMLTextAreaElement).value).toBe(
      'Sinds gisteren koorts.',
    );

    // "Show again" remounts the section once it renders again.
    failing.now = false;
    await user.click(screen.getByRole('button', { name: 'Opnieuw tonen' }));
    expect(await screen.findByTestId('medication-section')).toBeTruthy();
    expect((screen.getByLabelText(/^S –/) as HTMLTextAreaElement).value).toBe(
      'Sinds gisteren koorts.',
    );
    quiet.mockRestore();
  });
});
