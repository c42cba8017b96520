// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import { fakeApi, ok } from './testing/fakeApi';
import { renderWithProviders } from './testing/renderWithProviders';
import { appInfo } from './features/locumreport/testing/reportFakes';

afterEach(cleanup);

function signedInAs(logManager: boolean) {
  const info = appInfo();
  const session = info.session ? { ...info.session, logManager } : null;
  const api = fakeApi({
    appInfo: () => ok({ ...info, session }),
    accessLogRecent: () => ok([]),
    accessLogIntegrity: () => ok({ status: 'intact', checked: 0, brokenAt: null }),
    accessLogSearch: () => ok({ entries: [], nextCursor: null }),
    accessLogReviewQueue: () => ok({ items: [], nextCursor: null }),
    outboxStatus: () => ok({ counts: { waiting: 0, delivered: 0, failed: 0 }, reports: [] }),
  });
  renderWithProviders(<App />, { api });
  return { api, user: userEvent.setup() };
}

describe('who reads the access log', () => {
  it('a clinician has the patient screen and no way into the access log', async () => {
    const { api } = signedInAs(false);
    expect(await screen.findByTestId('bsn-input')).toBeTruthy();
    expect(screen.queryByTestId('open-accesslog')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Toegangslog (NEN 7513)' })).toBeNull();
    expect(api.calls.map((c) => c.name)).not.toContain('accessLogSearch');
  });

  it('the log manager starts on the log; the patient screen keeps its state while the log is shown', async () => {
    const { user } = signedInAs(true);
    expect(await screen.findByRole('heading', { name: 'Toegangslog (NEN 7513)' })).toBeTruthy();
    // the patient screen is there, hidden: out of sight and out of the accessibility tree
    expect(screen.getByTestId('bsn-input').closest('[hidden]')).not.toBeNull();

    await user.click(screen.getByTestId('open-accesslog'));
    const bsn = await screen.findByTestId('bsn-input');
    expect(bsn.closest('[hidden]')).toBeNull();
    await user.type(bsn, '99999');
    await user.click(screen.getByTestId('open-accesslog'));
    expect(await screen.findByRole('heading', { name: 'Toegangslog (NEN 7513)' })).toBeTruthy();
    await user.click(screen.getByTestId('open-accesslog'));
    expect((screen.getByTestId('bsn-input') as HTMLInputElement).value).toBe('99999');
  });
});
