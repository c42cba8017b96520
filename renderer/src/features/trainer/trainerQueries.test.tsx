// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi } from '../../testing/fakeApi';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { useDemoBusy, useDemoControl, useDemoControlError } from './trainerQueries';

afterEach(cleanup);

/** One part of the panel makes a change; another shows the failure and the busy state. */
function Part() {
  const control = useDemoControl();
  return (
    <button
      type="button"
      onClick={() => void control.mutateAsync({ action: 'reset' }).catch(() => undefined)}
    >
      change
    </button>
  );
}
function Panel() {
  const error = useDemoControlError();
  const busy = useDemoBusy();
  return (
    <p data-testid="panel">
      {busy ? 'busy' : 'idle'} {error ? error.message : 'no failure'}
    </p>
  );
}

describe('trainer changes', () => {
  it("show a part's failure in the panel, which shares no mutation with it", async () => {
    let answer: () => void = () => undefined;
    const api = fakeApi({
      demoControl: () =>
        new Promise((resolve) => {
          answer = () =>
            resolve({ ok: false, error: { code: 'VALIDATION', message: 'unknown source' } });
        }),
    });
    renderWithProviders(
      <>
        <Part />
        <Panel />
      </>,
      { api },
    );
    expect(screen.getByTestId('panel').textContent).toBe('idle no failure');
    await userEvent.setup().click(screen.getByRole('button', { name: 'change' }));
    await waitFor(() => expect(screen.getByTestId('panel').textContent).toBe('busy no failure'));
    answer();
    await waitFor(() =>
      expect(screen.getByTestId('panel').textContent).toBe('idle unknown source'),
    );
  });
});
