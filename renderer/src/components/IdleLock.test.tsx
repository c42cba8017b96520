// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IdleLock } from './IdleLock';
import { ApiFailure } from '../api/client';
import { fakeApi, ok } from '../testing/fakeApi';
import { renderWithProviders } from '../testing/renderWithProviders';
import { BSN, patientContext, summary, summaryResult } from '../testing/fixtures';

afterEach(cleanup);

describe('IdleLock', () => {
  it('after the idle time hides the screen, clears all patient data and closes the patient; unlock returns', async () => {
    const api = fakeApi({
      sessionLock: () => ok({ locked: true }),
      sessionUnlock: () => ok({ unlocked: true }),
    });
    const { client } = renderWithProviders(
      <IdleLock timeoutMs={150}>
        <p>patient screen</p>
      </IdleLock>,
      { api, context: patientContext() },
    );
    client.setQueryData(['patient', 'summary', BSN], summaryResult(summary()));
    expect(screen.getByText('patient screen')).toBeTruthy();

    await screen.findByTestId('idle-lock', undefined, { timeout: 2000 });
    expect(screen.queryByText('patient screen')).toBeNull();
    expect(client.getQueryData(['patient', 'context'])).toBeNull();
    expect(client.getQueryData(['patient', 'summary', BSN])).toBeUndefined();
    expect(api.calls.map((c) => c.name)).toContain('sessionLock');
    // Focus moves to Unlock in the effect after the lock renders.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Ontgrendelen'));

    await userEvent.setup().click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    await waitFor(() => expect(screen.getByText('patient screen')).toBeTruthy());
  });

  it('stays shut when the services refuse the unlock', async () => {
    const api = fakeApi({ sessionLock: () => ok({ locked: true }) });
    renderWithProviders(
      <IdleLock timeoutMs={150}>
        <p>patient screen</p>
      </IdleLock>,
      { api, context: patientContext() },
    );
    await screen.findByTestId('idle-lock', undefined, { timeout: 2000 });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    await waitFor(() => expect(api.calls.map((c) => c.name)).toContain('sessionUnlock'));
    expect(screen.getByTestId('idle-lock')).toBeTruthy();
    expect(screen.queryByText('patient screen')).toBeNull();
  });

  it('shows the lock when the services answer SESSION_LOCKED (locked elsewhere)', async () => {
    const api = fakeApi();
    const { client } = renderWithProviders(
      <IdleLock timeoutMs={60_000}>
        <p>patient screen</p>
      </IdleLock>,
      { api, context: patientContext() },
    );
    expect(screen.getByText('patient screen')).toBeTruthy();
    await client
      .fetchQuery({
        queryKey: ['outbox', 'status'],
        queryFn: () => Promise.reject(new ApiFailure('SESSION_LOCKED', 'locked')),
        retry: false,
      })
      .catch(() => undefined);
    await screen.findByTestId('idle-lock');
    expect(client.getQueryData(['patient', 'context'])).toBeNull();
    expect(api.calls.map((c) => c.name)).not.toContain('sessionLock');
  });

  it('does not lock while the user keeps working, and locks once they stop', () => {
    // The clock is faked, so a busy test machine cannot turn a short pause into an idle period.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    try {
      const api = fakeApi();
      renderWithProviders(
        <IdleLock timeoutMs={400}>
          <input aria-label="werk" />
        </IdleLock>,
        { api },
      );
      const field = screen.getByRole('textbox', { name: 'werk' });
      for (let i = 0; i < 10; i++) {
        fireEvent.keyDown(field, { key: 'a' });
        act(() => vi.advanceTimersByTime(300));
      }
      // three seconds of work with a 400 ms limit: still open
      expect(screen.queryByTestId('idle-lock')).toBeNull();
      // Nothing but the mode (is a PIN asked at the lock?) was asked of the services.
      expect(api.calls.filter((c) => c.name !== 'appInfo')).toHaveLength(0);
      act(() => vi.advanceTimersByTime(500));
      expect(screen.getByTestId('idle-lock')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('in live mode asks the PIN of the pass again, keeps the screen shut on a wrong one and forgets it', async () => {
    let answer: 'wrong' | 'right' = 'wrong';
    const api = fakeApi({
      appInfo: () =>
        ok({
          name: 'Schakel',
          version: 'test',
          mode: 'live',
          host: 'browser',
          demoIdentities: [],
          session: null,
        } as never),
      sessionLock: () => ok({ locked: true }),
      sessionUnlock: () =>
        answer === 'right'
          ? ok({ unlocked: true })
          : { ok: false, error: { code: 'VALIDATION', message: 'The PIN is not correct.' } },
    });
    renderWithProviders(
      <IdleLock timeoutMs={150}>
        <p>patient screen</p>
      </IdleLock>,
      { api, context: patientContext() },
    );
    const pin = (await screen.findByTestId('lock-pin', undefined, {
      timeout: 2000,
    })) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(pin));
    const user = userEvent.setup();

    // No PIN, no call.
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    expect(api.calls.map((c) => c.name)).not.toContain('sessionUnlock');

    await user.type(pin, '111111{Enter}');
    expect(await screen.findByTestId('lock-refused')).toHaveProperty(
      'textContent',
      'Niet ontgrendeld: The PIN is not correct.',
    );
    expect(pin.value).toBe('');
    expect(screen.queryByText('patient screen')).toBeNull();

    answer = 'right';
    await user.type(pin, '246810{Enter}');
    await waitFor(() => expect(screen.getByText('patient screen')).toBeTruthy());
    expect(api.calls.filter((c) => c.name === 'sessionUnlock').map((c) => c.input)).toEqual([
      { pin: '111111' },
      { pin: '246810' },
    ]);
  });
});
