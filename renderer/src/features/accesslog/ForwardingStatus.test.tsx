// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { forwardingOff } from '../../../../shared/api/forwarding';
import { fakeApi, ok } from '../../testing/fakeApi';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ForwardingStatus } from './ForwardingStatus';

afterEach(cleanup);

describe('ForwardingStatus', () => {
  it('says how far behind and since when, amber past the set time', async () => {
    const behindSince = new Date();
    behindSince.setHours(3, 12, 0, 0);
    const api = fakeApi({
      accessLogForwarding: () =>
        ok({
          ...forwardingOff,
          enabled: true,
          connected: false,
          ackedId: 88,
          headId: 100,
          behind: 12,
          behindSince: behindSince.toISOString(),
          amber: true,
          lastError: 'ECONNREFUSED',
        }),
    });
    renderWithProviders(<ForwardingStatus />, { api });
    const line = await screen.findByTestId('accesslog-forwarding');
    expect(line.textContent).toContain('12 regels achter sinds 03:12');
    expect(line.textContent).toContain('ECONNREFUSED');
    expect(line.dataset.amber).toBe('true');
  });

  it('says when it is up to date, and when forwarding is off', async () => {
    const api = fakeApi({
      accessLogForwarding: () =>
        ok({ ...forwardingOff, enabled: true, connected: true, ackedId: 5, headId: 5 }),
    });
    renderWithProviders(<ForwardingStatus />, { api });
    const line = await screen.findByTestId('accesslog-forwarding');
    expect(line.textContent).toContain('bij (t/m regel 5)');
    expect(line.dataset.amber).toBe('false');
    cleanup();
    renderWithProviders(<ForwardingStatus />, {
      api: fakeApi({ accessLogForwarding: () => ok(forwardingOff) }),
    });
    expect((await screen.findByTestId('accesslog-forwarding')).textContent).toContain('uit');
  });
});
