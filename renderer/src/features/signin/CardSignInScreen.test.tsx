// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CardStatus } from '../../../../shared/api/cardSchemas';
import { fakeApi, ok } from '../../testing/fakeApi';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { LiveSignInScreen } from './CardSignInScreen';

afterEach(cleanup);

const complete = () =>
  ok({ mode: 'live' as const, file: '/data/live-config.json', complete: true, items: [] });

const cardWith = (overrides: Partial<NonNullable<CardStatus['card']>> = {}): CardStatus => ({
  state: 'card',
  message: null,
  card: {
    slotId: '01',
    label: 'UZI',
    holder: 'dr. A.M. de Vries',
    uziNumber: '900010001',
    passType: 'zorgverlener',
    roleCode: '01.015',
    validUntil: '2027-12-01T00:00:00.000Z',
    pinState: 'ok',
    refusal: null,
    ...overrides,
  },
});

describe('live sign-in screen', () => {
  it('shows the checklist instead of a sign-in on a half configuration', async () => {
    const api = fakeApi({
      liveCheck: () =>
        ok({
          mode: 'live',
          file: '/data/live-config.json',
          complete: false,
          items: [
            {
              id: 'zimEndpoint',
              label: 'ZIM endpoint (https)',
              status: 'valid',
              detail: 'https://zim/',
            },
            {
              id: 'trustAnchors',
              label: 'Trust anchors (UZI CA chain)',
              status: 'missing',
              detail: '"trustAnchorFiles" is not set',
            },
          ],
        }),
    });
    renderWithProviders(<LiveSignInScreen />, { api, language: 'en' });
    expect(await screen.findByText('Live configuration incomplete')).toBeTruthy();
    expect(screen.getByText(/"trustAnchorFiles" is not set/).textContent).toContain('missing');
    expect(api.calls.some((c) => c.name === 'cardStatus')).toBe(false);
  });

  it('shows the holder, takes a masked PIN, sends it once and clears it', async () => {
    const api = fakeApi({
      liveCheck: complete,
      cardStatus: () => ok(cardWith()),
      signInWithCard: () =>
        Promise.resolve({
          ok: false,
          error: { code: 'VALIDATION', message: 'The PIN is not correct.' },
        }),
    });
    renderWithProviders(<LiveSignInScreen />, { api, language: 'en' });
    expect(await screen.findByText('dr. A.M. de Vries · UZI 900010001')).toBeTruthy();
    const input = screen.getByLabelText('PIN of the pass') as HTMLInputElement;
    expect(input.type).toBe('password');
    await userEvent.type(input, '123456');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(screen.getByTestId('signin-error').textContent).toContain('The PIN is not correct.'),
    );
    expect(api.calls.filter((c) => c.name === 'signInWithCard')).toEqual([
      { name: 'signInWithCard', input: { pin: '123456' } },
    ]);
    expect(input.value).toBe('');
  });

  it('says plainly that few attempts are left, and that a locked card is locked (no PIN field)', async () => {
    let state: CardStatus = cardWith({ pinState: 'final-try' });
    const api = fakeApi({ liveCheck: complete, cardStatus: () => ok(state) });
    const { client } = renderWithProviders(<LiveSignInScreen />, { api, language: 'en' });
    expect((await screen.findByTestId('pin-state')).textContent).toMatch(/one attempt left/);
    state = cardWith({ pinState: 'locked' });
    await client.invalidateQueries();
    await waitFor(() => expect(screen.getByTestId('pin-state').textContent).toMatch(/locked/));
    expect(screen.queryByLabelText('PIN of the pass')).toBeNull();
  });

  it('refuses a pass niet op naam with the reason, without a PIN field', async () => {
    const api = fakeApi({
      liveCheck: complete,
      cardStatus: () =>
        ok(
          cardWith({
            passType: 'medewerker-niet-op-naam',
            refusal: { problem: 'not-on-name', message: 'x' },
          }),
        ),
    });
    renderWithProviders(<LiveSignInScreen />, { api, language: 'nl' });
    expect((await screen.findByTestId('card-refusal')).textContent).toMatch(/niet op naam/);
    expect(screen.queryByLabelText('PIN-code van de pas')).toBeNull();
  });

  it('asks for the card when the reader is empty', async () => {
    const api = fakeApi({
      liveCheck: complete,
      cardStatus: () => ok({ state: 'no-card', card: null, message: null }),
    });
    renderWithProviders(<LiveSignInScreen />, { api, language: 'en' });
    expect((await screen.findByTestId('no-card')).textContent).toBe(
      'Insert your UZI pass into the reader.',
    );
  });
});
