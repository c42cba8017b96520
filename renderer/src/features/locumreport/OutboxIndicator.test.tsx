// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Api } from '../../../../shared/api/contract';
import type { OutboxEntryView } from '../../../../shared/api/reportSchemas';
import { fakeApi, ok } from '../../testing/fakeApi';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { OutboxIndicator } from './OutboxIndicator';
import { appInfo, outboxEntry, outboxStatus } from './testing/reportFakes';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const undelivered = outboxEntry({
  reportId: '11111111-1111-4111-8111-111111111111',
  state: 'undelivered',
  attempts: 12,
  lastCode: 'SWITCHPOINT_TIMEOUT',
  history: [
    { time: '2026-01-10T21:20:00+01:00', event: 'stored', code: null, reason: null },
    { time: '2026-01-10T21:20:01+01:00', event: 'attempt 12', code: null, reason: null },
    {
      time: '2026-01-10T23:00:00+01:00',
      event: 'no answer: retry limit reached',
      code: 'SWITCHPOINT_TIMEOUT',
      reason: null,
    },
  ],
});
const rejected = outboxEntry({
  reportId: '22222222-2222-4222-8222-222222222222',
  state: 'rejected',
  attempts: 1,
  lastCode: 'CR',
  lastReason: 'PAT-UNKNOWN: patiënt niet ingeschreven',
});
const delivered = outboxEntry({
  reportId: '33333333-3333-4333-8333-333333333333',
  state: 'delivered',
  attempts: 1,
  deliveredAt: '2026-01-10T21:00:00+01:00',
});
const waiting = outboxEntry({ reportId: '44444444-4444-4444-8444-444444444444' });

function setup(reports: OutboxEntryView[], overrides: Partial<Api> = {}) {
  const api = fakeApi({
    appInfo: () => ok(appInfo()),
    outboxStatus: () => ok(outboxStatus(reports)),
    ...overrides,
  });
  renderWithProviders(<OutboxIndicator />, { api });
  return { api, user: userEvent.setup() };
}

/** The report text the outbox prints (synthetic patient). */
const report = {
  patient: {
    bsn: '999911120',
    family: 'Jansen',
    given: 'Anna',
    birthDate: null,
    gender: 'F' as const,
  },
  addressee: { ura: '90000001', name: 'Huisartsenpraktijk De Linde', applicationId: null },
  contact: {
    type: { code: '03', codeSystem: '2.16.840.1.113883.2.4.4.30.14', display: 'consult' },
    start: '2026-01-10T21:00:00+01:00',
    end: '2026-01-10T21:15:00+01:00',
  },
  locum: { uzi: '900010001', agb: null, name: 'dr. J. de Vries', role: '01.015' },
  hap: { ura: '90000900', name: 'HAP Midden' },
  lines: [{ type: 'E' as const, text: 'Cystitis.' }],
  icpc: [{ code: 'U71', display: 'Cystitis/urineweginfectie' }],
  episodeProposal: null,
  medication: [],
  handOverNote: null,
  followUp: null,
};

describe('the outbox indicator', () => {
  it('counts waiting, delivered and failed reports, in words', async () => {
    setup([waiting, delivered, undelivered, rejected]);
    const button = await screen.findByTestId('outbox-indicator');
    await waitFor(() => expect(button.dataset.failed).toBe('2'));
    expect(button.dataset.waiting).toBe('1');
    expect(button.dataset.delivered).toBe('1');
    expect(button.textContent).toContain('1 wacht');
    expect(button.textContent).toContain('2 mislukt');
    expect(button.getAttribute('aria-label')).toBe(
      'Verzonden berichten: 1 wachtend, 1 afgeleverd, 2 mislukt',
    );
  });

  it('polls every few seconds while a report waits', async () => {
    const { api } = setup([waiting]);
    await waitFor(() => expect(screen.getByTestId('outbox-indicator').dataset.waiting).toBe('1'));
    await waitFor(
      () => expect(api.calls.filter((c) => c.name === 'outboxStatus').length).toBeGreaterThan(1),
      { timeout: 10_000 },
    );
  });

  it('offers retry and print for manual delivery only for reports that were not delivered, with the reason', async () => {
    const { api, user } = setup([delivered, undelivered, rejected], {
      outboxRetry: (input) => ok({ ...undelivered, reportId: input.reportId, state: 'waiting' }),
    });
    await waitFor(() => expect(screen.getByTestId('outbox-indicator').dataset.failed).toBe('2'));
    await user.click(screen.getByTestId('outbox-indicator'));
    const panel = screen.getByRole('dialog', { name: 'Verzonden waarneemberichten' });
    const rows = within(panel).getAllByTestId('outbox-report');
    expect(rows.map((r) => r.dataset.state)).toEqual(['delivered', 'undelivered', 'rejected']);

    const [ok1, lost, refused] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(ok1).queryByRole('button', { name: 'Nu opnieuw versturen' })).toBeNull();
    expect(
      within(ok1).queryByRole('button', { name: 'Afdrukken voor handmatige bezorging' }),
    ).toBeNull();
    // A delivered report's text is no longer kept: its copy prints from the report screen.
    expect(within(ok1).queryAllByRole('button')).toHaveLength(0);
    expect(within(lost).getByTestId('outbox-reason').textContent).toContain('SWITCHPOINT_TIMEOUT');
    expect(lost.textContent).toContain('geen antwoord: maximum aantal pogingen bereikt');
    expect(within(refused).getByTestId('outbox-reason').textContent).toContain(
      'CR: PAT-UNKNOWN: patiënt niet ingeschreven',
    );

    await user.click(within(lost).getByRole('button', { name: 'Nu opnieuw versturen' }));
    expect(api.calls.find((c) => c.name === 'outboxRetry')?.input).toEqual({
      reportId: undelivered.reportId,
    });

    // Escape closes the dialog.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('prints an undelivered report for manual delivery, with the demo watermark', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    window.print = print;
    const { api, user } = setup([undelivered], {
      outboxPrint: () => ok({ entry: undelivered, report }),
    });
    await waitFor(() => expect(screen.getByTestId('outbox-indicator').dataset.failed).toBe('1'));
    await user.click(screen.getByTestId('outbox-indicator'));
    await user.click(screen.getByRole('button', { name: 'Afdrukken voor handmatige bezorging' }));

    const view = await screen.findByTestId('report-print');
    expect(view.textContent).toContain('Niet elektronisch afgeleverd');
    expect(within(view).getByTestId('preview-icpc').textContent).toContain('U71');
    expect(within(view).getByTestId('report-print-watermark').textContent).toContain('DEMO');
    expect(print).toHaveBeenCalledTimes(1);
    expect(api.calls.filter((c) => c.name === 'outboxPrint')).toHaveLength(1);
    vi.unstubAllGlobals();
  });
});
