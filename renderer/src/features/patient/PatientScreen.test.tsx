// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  practice,
  summary,
  summaryResult,
} from '../../testing/fixtures';
import type { Api } from '../../../../shared/api/contract';
import type { PatientContext } from '../../../../shared/api/patientSchemas';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const limitSummary = summary({
  treatmentLimits: [
    {
      kind: 'no-resuscitation',
      text: 'Niet reanimeren, besproken met patiënt en dochter',
      from: 'attention-note',
      date: '2025-10-01',
      provenance: { source: practice, date: '2025-10-01' },
    },
  ],
});

const api = (context: PatientContext, overrides: Partial<Api> = {}) =>
  fakeApi({
    accessLogRecent: () => ok([]),
    patientOpen: () => ok(context),
    patientClose: () => ok({ closed: true }),
    recordsSummary: () => ok(summaryResult(limitSummary)),
    recordsMedication: () =>
      ok(
        medicationResult([
          {
            source: pharmacyA,
            status: 'OK',
            dispenses: [dispense({ usePeriod: { start: '2099-01-01', end: null } })],
          },
        ]),
      ),
    ...overrides,
  });

async function openPatient(fake: ReturnType<typeof fakeApi>) {
  const view = renderWithProviders(<PatientScreen />, { api: fake });
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: 'BSN' }), `${BSN}{Enter}`);
  await screen.findByTestId('patient-banner');
  return { ...view, user };
}

describe('PatientScreen', () => {
  it('opens a patient on Enter and shows limits, consent, summary and medication, each marked when rendered', async () => {
    const mark = vi.spyOn(performance, 'mark');
    const fake = api(patientContext());
    await openPatient(fake);
    const limits = await screen.findByTestId('treatment-limit');
    expect(limits.textContent).toMatch(/Behandelgrens: Niet reanimeren/);
    expect(limits.textContent).toMatch(/Huisartsenpraktijk De Linde/);
    expect(screen.getByTestId('consent-panel')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('summary-section').getAttribute('data-state')).toBe('done'),
    );
    await waitFor(() =>
      expect(screen.getByTestId('medication-section').getAttribute('data-state')).toBe('done'),
    );
    const line = screen.getByTestId('medication-line');
    expect(line.textContent).toMatch(/METOPROLOL TARTRAAT/);
    expect(line.textContent).toMatch(/Apotheek Centrum/);
    expect(screen.getByTestId(`source-status-${pharmacyA.ura}`).getAttribute('data-status')).toBe(
      'ok',
    );
    expect(mark).toHaveBeenCalledWith('schakel:summary-rendered');
    expect(mark).toHaveBeenCalledWith('schakel:medication-rendered');
    // Order of attention: banner, limits, consent, summary, medication.
    const order = [
      'patient-banner',
      'treatment-limits',
      'consent-panel',
      'summary-section',
      'medication-section',
    ].map((id) => screen.getByTestId(id));
    for (let i = 1; i < order.length; i++) {
      const prev = order[i - 1] as HTMLElement;
      expect(
        prev.compareDocumentPosition(order[i] as HTMLElement) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    }
  });

  it('does not ask the summary from a practice with an objection, and says the limits are unknown', async () => {
    const fake = api(patientContext({ sources: [gpSource('objection'), pharmacySource()] }));
    await openPatient(fake);
    await waitFor(() =>
      expect(screen.getByTestId('medication-section').getAttribute('data-state')).toBe('done'),
    );
    expect(fake.calls.some((c) => c.name === 'recordsSummary')).toBe(false);
    expect(screen.getByTestId('treatment-limits').textContent).toMatch(/onbekend/);
    expect(screen.getByTestId('summary-section').getAttribute('data-state')).toBe('not-requested');
  });

  it('shows a pharmacy that timed out as such, says the list is incomplete, and retries', async () => {
    let calls = 0;
    const fake = api(
      patientContext({
        sources: [gpSource(), pharmacySource(pharmacyA), pharmacySource(pharmacyB)],
      }),
      {
        recordsMedication: () => {
          calls += 1;
          return ok(
            medicationResult([
              { source: pharmacyA, status: 'OK', dispenses: [dispense()] },
              { source: pharmacyB, status: calls === 1 ? 'timeout' : 'OK', dispenses: [] },
            ]),
          );
        },
      },
    );
    const { user } = await openPatient(fake);
    const status = await screen.findByTestId(`source-status-${pharmacyB.ura}`);
    await waitFor(() => expect(status.getAttribute('data-status')).toBe('timeout'));
    expect(status.textContent).toMatch(/Geen antwoord op tijd/);
    expect(screen.getByTestId('medication-partial').textContent).toMatch(
      /Apotheek Noord gaf geen antwoord/,
    );
    expect(screen.getByTestId('allergy-state').getAttribute('data-form')).toBe('unavailable');
    await user.click(
      within(screen.getByTestId('medication-section')).getByRole('button', {
        name: /^Opnieuw opvragen/,
      }),
    );
    await waitFor(() =>
      expect(screen.getByTestId(`source-status-${pharmacyB.ura}`).getAttribute('data-status')).toBe(
        'nothing-found',
      ),
    );
    expect(calls).toBe(2);
  });

  it('says clearly when the switchpoint timed out for the whole section', async () => {
    const fake = api(patientContext(), {
      recordsSummary: () =>
        Promise.resolve({
          ok: false,
          error: { code: 'SWITCHPOINT_TIMEOUT', message: 'no answer' },
        }),
    });
    await openPatient(fake);
    expect((await screen.findByTestId('summary-failed')).textContent).toMatch(/niet op tijd/);
    expect(screen.getByTestId(`source-status-${practice.ura}`).getAttribute('data-status')).toBe(
      'timeout',
    );
  });

  it('shows the waiting seconds while a section is still loading', async () => {
    const fake = api(patientContext(), { recordsSummary: () => new Promise(() => undefined) });
    await openPatient(fake);
    const status = screen.getByTestId(`source-status-${practice.ura}`);
    expect(status.getAttribute('data-status')).toBe('loading');
    await waitFor(
      () => expect(within(status).getByRole('timer').textContent).toMatch(/^[1-9]\d* s$/),
      { timeout: 5000 },
    );
  });

  it('closing the patient forgets every patient query and tells the services', async () => {
    const fake = api(patientContext());
    const { user, client } = await openPatient(fake);
    await waitFor(() =>
      expect(screen.getByTestId('summary-section').getAttribute('data-state')).toBe('done'),
    );
    await user.click(screen.getByRole('button', { name: 'Patiënt sluiten' }));
    expect(screen.queryByTestId('patient-banner')).toBeNull();
    expect(client.getQueryCache().findAll({ queryKey: ['patient', 'summary'] })).toHaveLength(0);
    expect(client.getQueryCache().findAll({ queryKey: ['patient', 'medication'] })).toHaveLength(0);
    expect(fake.calls.some((c) => c.name === 'patientClose')).toBe(true);
    expect(screen.getByRole('heading', { name: 'Geen patiënt geopend' })).toBeTruthy();
  });

  it('moves focus with Alt+M and Alt+N, and opens and closes the help with F1 and Escape', async () => {
    const fake = api(patientContext());
    const { user } = await openPatient(fake);
    await user.keyboard('{Alt>}m{/Alt}');
    expect(document.activeElement?.id).toBe('section-medication');
    await user.keyboard('{Alt>}t{/Alt}');
    expect(document.activeElement?.id).toBe('section-consent');
    await user.keyboard('{Alt>}n{/Alt}');
    expect(document.activeElement?.id).toBe('bsn-input');
    await user.keyboard('{F1}');
    const dialog = screen.getByRole('dialog', { name: 'Sneltoetsen' });
    expect(within(dialog).getByText('Alt+M')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('is complete in English', async () => {
    const fake = api(patientContext());
    renderWithProviders(<PatientScreen />, { api: fake, language: 'en' });
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'BSN' }), `${BSN}{Enter}`);
    await screen.findByTestId('treatment-limit');
    expect(screen.getByRole('heading', { name: 'Consent per source' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Professional summary' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Medication' })).toBeTruthy();
    expect(screen.getByTestId('treatment-limit').textContent).toMatch(
      /Treatment limit: Do not resuscitate/,
    );
  });
});
