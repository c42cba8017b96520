// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { operationNames, type Api } from '../../../../shared/api/contract';
import type { Result } from '../../../../shared/api/result';
import { entry } from './testing/entry';
import { ApiProvider } from '../../api/ApiContext';
import { I18nProvider } from '../../i18n/I18nContext';
import { AccessLogScreen } from './AccessLogScreen';
import { IntegrityBanner } from './IntegrityBanner';

afterEach(cleanup);

function fake(impl: Partial<Record<keyof Api, (input: never) => unknown>>) {
  const calls: { name: string; input: unknown }[] = [];
  const api = Object.fromEntries(
    operationNames.map((name) => [
      name,
      async (input: unknown): Promise<Result<unknown>> => {
        // The forwarding line reads no entry and is not logged: not one of the calls counted here.
        if (name !== 'accessLogForwarding') calls.push({ name, input });
        const f = impl[name] as ((input: unknown) => unknown) | undefined;
        return f
          ? { ok: true, value: f(input) }
          : { ok: false, error: { code: 'INTERNAL', message: 'not faked' } };
      },
    ]),
  ) as unknown as Api;
  return { api, calls };
}

function wrap(api: Api, ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <ApiProvider api={api}>
      <QueryClientProvider client={client}>
        <I18nProvider>{ui}</I18nProvider>
      </QueryClientProvider>
    </ApiProvider>,
  );
}

describe('AccessLogScreen', () => {
  it('asks for one patient and period, shows who, on whose responsibility, on what basis, and pages on', async () => {
    const { api, calls } = fake({
      accessLogSearch: (input: { cursor?: string }) =>
        input.cursor
          ? { entries: [entry(1, { eventType: 'patient-search' })], nextCursor: null }
          : { entries: [entry(2)], nextCursor: 'c1' },
    });
    wrap(api, <AccessLogScreen onClose={() => undefined} />);
    const user = userEvent.setup();
    expect(calls).toHaveLength(0); // nothing is read (and logged) before the user asks
    await user.type(screen.getByLabelText('BSN'), '9999.11.120');
    await user.type(screen.getByLabelText('Vanaf'), '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Tonen' }));
    const table = await screen.findByTestId('accesslog-entries');
    expect(table.textContent).toContain('dr. A.M. (Anna) de Vries');
    expect(table.textContent).toContain('ja, noodprocedure');
    // The consent basis in plain words, its code kept for the privacy officer.
    expect(table.textContent).toContain('patiënt kon wil niet uiten');
    expect(table.textContent).not.toContain('unable-to-express-will');
    expect(table.querySelector('[title="unable-to-express-will"]')?.textContent).toBe(
      'patiënt kon wil niet uiten',
    );
    expect(calls[0]).toMatchObject({
      name: 'accessLogSearch',
      input: { patientBsn: '999911120', limit: 50 },
    });
    expect((calls[0]?.input as { from: string }).from).toMatch(/^2026-0[23]-\d\dT/);
    await user.click(screen.getByRole('button', { name: 'Meer laden' }));
    await waitFor(() => expect(document.querySelectorAll('tr[data-event]')).toHaveLength(2));
    expect(calls[1]).toMatchObject({ input: { cursor: 'c1' } });
  });

  it('lets the privacy officer set a status with a note', async () => {
    const { api, calls } = fake({
      accessLogReviewQueue: () => ({
        items: [{ entry: entry(5), status: 'new', notes: [] }],
        nextCursor: null,
      }),
      accessLogReviewUpdate: (input: { entryId: number; status: string }) => ({
        entryId: input.entryId,
        status: input.status,
      }),
    });
    wrap(api, <AccessLogScreen onClose={() => undefined} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Beoordelen' }));
    await screen.findByTestId('accesslog-review');
    await user.selectOptions(
      await screen.findByLabelText('Status', { selector: 'li select' }),
      'investigating',
    );
    await user.type(
      screen.getByLabelText('Notitie (geen medische inhoud)'),
      'navragen bij dienstarts',
    );
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() =>
      expect(calls.find((c) => c.name === 'accessLogReviewUpdate')?.input).toEqual({
        entryId: 5,
        status: 'investigating',
        note: 'navragen bij dienstarts',
      }),
    );
  });
});

describe('IntegrityBanner', () => {
  it('warns with the first broken entry, and says nothing while intact', async () => {
    const broken = fake({
      accessLogIntegrity: () => ({
        status: 'broken',
        checkedEntries: 9,
        firstBrokenId: 10,
        reason: 'x',
        checkedAt: 'now',
      }),
    });
    wrap(broken.api, <IntegrityBanner />);
    expect((await screen.findByRole('alert')).textContent).toContain('regel 10');
    cleanup();
    const intact = fake({
      accessLogIntegrity: () => ({
        status: 'intact',
        checkedEntries: 9,
        firstBrokenId: null,
        reason: null,
        checkedAt: 'now',
      }),
    });
    wrap(intact.api, <IntegrityBanner />);
    await waitFor(() => expect(intact.calls).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
