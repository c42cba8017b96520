// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within, cleanup } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach } from 'vitest';
import { ConsentPanel } from './ConsentPanel';
import { consentGate } from './consentGate';
import { fakeApi, ok } from '../../testing/fakeApi';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { BSN, gpSource, patientContext, pharmacySource, practice } from '../../testing/fixtures';
import { usePatientContext } from '../../api/queries';
import type { PatientContext } from '../../../../shared/api/patientSchemas';

afterEach(cleanup);

/** The panel as the patient screen uses it: fed from the cache, so a recorded answer shows. */
function Harness() {
  const context = usePatientContext().data;
  return context ? <ConsentPanel context={context} /> : null;
}

const crisisNoChoice = (): PatientContext =>
  patientContext({
    sources: [gpSource('no-choice'), pharmacySource()],
    regimes: { crisisOptIn: true, regions: false },
    verbalQuestionApplies: true,
  });

const answered = (
  context: PatientContext,
  verbal: 'yes' | 'no' | 'unable',
  reason: string | null = null,
): PatientContext => ({
  ...context,
  pointOfCare: {
    verbal,
    reason,
    askedAt: '2026-01-10T21:02:00+01:00',
    askedBy: { uziNumber: '900010001', name: 'dr. de Vries' },
  },
});

describe('ConsentPanel', () => {
  it('with explicit consent opens the source for retrieval and asks nothing', () => {
    const context = patientContext();
    renderWithProviders(<ConsentPanel context={context} />, { api: fakeApi(), context });
    const gp = screen.getByTestId(`consent-source-${practice.ura}`);
    expect(gp?.getAttribute('data-consent')).toBe('consent');
    expect(within(gp).getByText('Toestemming gegeven')).toBeTruthy();
    expect(gp.querySelector('[data-category="summary"]')?.getAttribute('data-allowed')).toBe(
      'true',
    );
    expect(screen.queryByTestId('verbal-consent')).toBeNull();
    expect(consentGate(context).summaryAllowed).toBe(true);
  });

  it('with an objection shows a clear stop and offers no way around it', () => {
    const context = patientContext({
      sources: [gpSource('objection')],
      verbalQuestionApplies: false,
    });
    renderWithProviders(<ConsentPanel context={context} />, { api: fakeApi(), context });
    const gp = screen.getByTestId(`consent-source-${practice.ura}`);
    expect(within(gp).getByText('Bezwaar')).toBeTruthy();
    expect(within(gp).getByRole('alert').textContent).toMatch(/ook niet in een spoedsituatie/);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(gp.querySelector('[data-category="summary"]')?.getAttribute('data-allowed')).toBe(
      'false',
    );
    expect(consentGate(context).summaryAllowed).toBe(false);
  });

  it('an objection stays closed even when the policy decision says allowed and the crisis regime is on', () => {
    const context = patientContext({
      sources: [gpSource('objection')],
      regimes: { crisisOptIn: true, regions: false },
      verbalQuestionApplies: true,
    });
    expect(consentGate(context).summaryAllowed).toBe(false);
  });

  it('with no choice and no crisis regime says the data are not available and asks nothing', () => {
    const context = patientContext({ sources: [gpSource('no-choice')] });
    renderWithProviders(<ConsentPanel context={context} />, { api: fakeApi(), context });
    const gp = screen.getByTestId(`consent-source-${practice.ura}`);
    expect(
      within(gp).getByText(/In de normale regeling zijn de gegevens dan niet beschikbaar/),
    ).toBeTruthy();
    expect(screen.queryByTestId('verbal-consent')).toBeNull();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(consentGate(context).summaryAllowed).toBe(false);
  });

  it('with no choice under the crisis regime asks the verbal question and keeps the source closed until answered', () => {
    const context = crisisNoChoice();
    renderWithProviders(<ConsentPanel context={context} />, { api: fakeApi(), context });
    expect(
      screen.getByText(/Mag ik voor deze behandeling uw gegevens bij uw huisarts inzien/),
    ).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Ja/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Nee/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /wil niet uiten/ })).toBeTruthy();
    expect(consentGate(context).summaryAllowed).toBe(false);
    // The pharmacy with explicit consent is not held back by the question.
    expect(consentGate(context).medicationAllowed).toBe(true);
  });

  it.each([
    ['yes', /Ja/, true],
    ['no', /Nee/, false],
  ] as const)(
    'records the answer %s and opens the summary only after a yes',
    async (answer, label, opens) => {
      const context = crisisNoChoice();
      const api = fakeApi({ consentRecordVerbal: (input) => ok(answered(context, input.answer)) });
      const { client } = renderWithProviders(<Harness />, { api, context });
      const user = userEvent.setup();
      await user.click(screen.getByRole('radio', { name: label }));
      await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
      await screen.findByText(
        answer === 'yes' ? /ja, toestemming/ : /nee\. Er wordt niets opgevraagd/,
      );
      expect(api.calls.find((c) => c.name === 'consentRecordVerbal')?.input).toEqual({
        bsn: BSN,
        answer,
        reason: null,
      });
      const after = client.getQueryData<PatientContext>(['patient', 'context']);
      expect(after?.pointOfCare?.verbal).toBe(answer);
      expect(consentGate(after as PatientContext).summaryAllowed).toBe(opens);
    },
  );

  it('"cannot express a will" requires a short reason before anything is recorded', async () => {
    const context = crisisNoChoice();
    const api = fakeApi({
      consentRecordVerbal: (input) => ok(answered(context, input.answer, input.reason)),
    });
    const { client } = renderWithProviders(<Harness />, { api, context });
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: /wil niet uiten/ }));
    await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Geef kort de reden/);
    expect(api.calls.some((c) => c.name === 'consentRecordVerbal')).toBe(false);

    await user.type(screen.getByRole('textbox', { name: /Reden/ }), 'niet aanspreekbaar');
    await user.click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
    await screen.findByText(/kan zijn of haar wil niet uiten \(niet aanspreekbaar\)/);
    expect(api.calls.find((c) => c.name === 'consentRecordVerbal')?.input).toEqual({
      bsn: BSN,
      answer: 'unable',
      reason: 'niet aanspreekbaar',
    });
    expect(
      consentGate(client.getQueryData<PatientContext>(['patient', 'context']) as PatientContext)
        .summaryAllowed,
    ).toBe(true);
  });

  it('asks for an answer when none is chosen', async () => {
    const context = crisisNoChoice();
    const api = fakeApi();
    renderWithProviders(<Harness />, { api, context });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Antwoord vastleggen' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Kies eerst/);
    expect(api.calls).toHaveLength(0);
  });

  it('says honestly when the switchpoint knows no sources', () => {
    const context = patientContext({ sources: [] });
    renderWithProviders(<ConsentPanel context={context} />, { api: fakeApi(), context });
    expect(screen.getByTestId('consent-none').textContent).toMatch(/niet dat de patiënt weigerde/);
  });
});
