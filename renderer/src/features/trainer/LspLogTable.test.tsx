// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { DemoState } from '../../../../shared/api/demoSchemas';
import { fakeApi } from '../../testing/fakeApi';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { LspLogTable } from './LspLogTable';

afterEach(cleanup);

type Entry = DemoState['lspLog'][number];
const entry = (over: Partial<Entry>): Entry => ({
  time: '2026-01-10T21:20:05Z',
  interaction: 'QUPC_IN043100NL',
  category: 'summary',
  bsn: '999990007',
  author: { uzi: '900010001', role: '01.015' },
  overseer: null,
  organisationUra: '90000001',
  systemUra: '90000001',
  messageId: 'm1',
  correlationId: null,
  outcome: 'answered',
  reason: null,
  reasonCode: null,
  sources: [],
  ...over,
});

const log: Entry[] = [
  entry({
    messageId: 'a',
    sources: [
      { ura: '90004001', name: 'Huisartspraktijk Amstelveen', status: 'answered' },
      { ura: '90005002', name: 'Apotheek Uithoorn', status: 'timeout' },
    ],
  }),
  entry({
    messageId: 'b',
    outcome: 'refused',
    reason: 'transactietoken: no transactietoken in the security header',
    reasonCode: 'TOKEN_ONTBREEKT',
  }),
  entry({
    messageId: 'c',
    category: 'medication',
    outcome: 'refused',
    reason: 'role-not-authorised',
    reasonCode: 'role-not-authorised',
  }),
  entry({
    messageId: 'd',
    category: 'locum-report',
    outcome: 'rejected',
    reason: 'receiver set to reject',
    reasonCode: 'GEWEIGERD',
    sources: [{ ura: '90004001', name: 'Huisartspraktijk Amstelveen', status: 'CR' }],
  }),
  entry({ messageId: 'e', outcome: 'malformed', reasonCode: 'SOMETHING_NEW', reason: 'x' }),
];

/** The rendered rows, one per log entry, newest (the first given) first. */
function show(language: 'nl' | 'en'): HTMLElement[] {
  const state = { lspLog: log } as unknown as DemoState;
  renderWithProviders(<LspLogTable state={state} />, { api: fakeApi(), language });
  const rows = screen.getAllByTestId('trainer-log-entry');
  expect(rows).toHaveLength(log.length);
  return rows;
}
const row = (rows: HTMLElement[], i: number): HTMLElement => {
  const r = rows[i];
  if (!r) throw new Error(`no row ${i}`);
  return r;
};

describe('LspLogTable: the switchpoint log in the app language', () => {
  it('words categories, outcomes, statuses and reasons in Dutch; never the free text', () => {
    const rows = show('nl');
    const [a, b, c, d, e] = [0, 1, 2, 3, 4].map((i) => row(rows, i));
    expect(within(a).getByTestId('trainer-log-category').textContent).toBe('Waarneemsamenvatting');
    expect(within(a).getByTestId('trainer-log-outcome').textContent).toBe('beantwoord');
    expect(a.textContent).toContain('Apotheek Uithoorn: niet op tijd (time-out)');
    expect(a.textContent).toContain('(Huisarts)'); // the role, not 01.015
    expect(a.textContent).toContain('BSN 9999.90.007'); // as the banner writes it
    expect(a.textContent).not.toContain('01.015');
    expect(within(b).getByTestId('trainer-log-outcome').textContent).toBe('geweigerd door het LSP');
    expect(within(b).getByTestId('trainer-log-reason').textContent).toBe(
      'geen ondertekend transactietoken',
    );
    expect(within(c).getByTestId('trainer-log-reason').textContent).not.toContain(
      'role-not-authorised',
    );
    expect(within(c).getByTestId('trainer-log-category').textContent).toBe('Medicatie');
    expect(d.textContent).toContain('Waarneembericht');
    expect(d.textContent).toContain('geweigerd (CR)');
    expect(d.textContent).toContain('de praktijk weigert het bericht');
    // A code the panel does not know: named as a code, not passed off as a sentence.
    expect(within(e).getByTestId('trainer-log-reason').textContent).toBe('code SOMETHING_NEW');
    const all = screen.getByTestId('trainer-log').textContent ?? '';
    for (const raw of ['no transactietoken', 'receiver set to', 'locum-report', 'TOKEN_']) {
      expect(all).not.toContain(raw);
    }
  });

  it('the same log in English', () => {
    const rows = show('en');
    const [a, b, , d] = [0, 1, 2, 3].map((i) => row(rows, i));
    expect(screen.getByRole('columnheader', { name: 'Request' })).toBeTruthy();
    expect(within(a).getByTestId('trainer-log-category').textContent).toBe('Professional summary');
    expect(a.textContent).toContain('Apotheek Uithoorn: not in time (timeout)');
    expect(within(b).getByTestId('trainer-log-reason').textContent).toBe(
      'no signed transaction token',
    );
    expect(d.textContent).toContain('rejected (CR)');
    const all = screen.getByTestId('trainer-log').textContent ?? '';
    for (const dutch of ['beantwoord', 'geweigerd', 'Waarneemsamenvatting', 'door ']) {
      expect(all).not.toContain(dutch);
    }
  });
});
