// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BsnLookup } from './BsnLookup';
import { fakeApi, ok } from '../../testing/fakeApi';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { BSN, patientContext } from '../../testing/fixtures';
import type { PatientContext } from '../../../../shared/api/patientSchemas';

afterEach(cleanup);

const setup = () => {
  const api = fakeApi({ patientOpen: () => ok(patientContext()) });
  const view = renderWithProviders(<BsnLookup />, { api });
  return {
    api,
    ...view,
    user: userEvent.setup(),
    input: screen.getByRole('textbox', { name: 'BSN' }),
  };
};

describe('BsnLookup', () => {
  it('confirms a valid number as it is typed', async () => {
    const { user, input } = setup();
    await user.type(input, '99991112');
    expect(screen.getByTestId('bsn-message').textContent).not.toMatch(/elfproef/);
    await user.type(input, '0');
    expect(screen.getByTestId('bsn-message').textContent).toMatch(/Geldig BSN: 9999\.11\.120/);
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('explains a number that fails the eleven-check, in plain words, without searching', async () => {
    const { user, input, api } = setup();
    await user.type(input, '999911121{Enter}');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(
      /voldoet niet aan de elfproef; waarschijnlijk is een cijfer verkeerd/,
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(api.calls.some((c) => c.name === 'patientOpen')).toBe(false);
  });

  it('explains letters and a short number on Enter', async () => {
    const { user, input } = setup();
    await user.type(input, '12a');
    expect(screen.getByTestId('bsn-message').textContent).toMatch(/alleen cijfers/);
    await user.clear(input);
    await user.type(input, '1234{Enter}');
    expect(screen.getByRole('alert').textContent).toMatch(/niet het juiste aantal cijfers/);
  });

  it('accepts a pasted number with dots and spaces, and Enter opens the patient with the nine digits', async () => {
    const mark = vi.spyOn(performance, 'mark');
    const { user, input, api, client } = setup();
    await user.click(input);
    await user.paste(' 9999.11 120 ');
    expect(screen.getByTestId('bsn-message').textContent).toMatch(/Geldig BSN/);
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(client.getQueryData<PatientContext>(['patient', 'context'])?.bsn).toBe(BSN),
    );
    expect(api.calls.find((c) => c.name === 'patientOpen')?.input).toEqual({ bsn: BSN });
    expect(mark).toHaveBeenCalledWith('schakel:bsn-submit');
  });

  it('gives an eight-digit number its leading zero', async () => {
    const { user, input, api } = setup();
    await user.type(input, '12345672{Enter}');
    await waitFor(() =>
      expect(api.calls.find((c) => c.name === 'patientOpen')?.input).toEqual({ bsn: '012345672' }),
    );
  });
});
