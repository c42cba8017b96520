// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Language } from '../../i18n/I18nContext';
import { fakeApi, ok } from '../../testing/fakeApi';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { entry } from './testing/entry';
import { AccessLogRecent } from './AccessLogRecent';
import { EntrySearch } from './EntrySearch';
import { EntryTable } from './EntryTable';

afterEach(cleanup);

/** A GP's attempt to read the log, refused: every coded column filled. */
const refusedLogView = entry(7, {
  eventType: 'access-log-view',
  patientBsn: null,
  actorUzi: '900010001',
  actorName: 'dr. A.M. (Anna) de Vries',
  actorRole: '01.015',
  dataCategory: 'access-log',
  legalBasis: 'none',
  consentBasis: 'not-applicable',
  consentAskedBy: null,
  emergency: false,
  outcome: 'refused',
  reasonCode: 'NOT_LOG_MANAGER',
});

const wrap = (ui: ReactElement, { api = fakeApi(), language = 'nl' as Language } = {}) =>
  renderWithProviders(ui, { api, language });

const codes = [
  'access-log-view',
  '(R)',
  '01.015',
  'access-log',
  'none',
  'refused',
  'NOT_LOG_MANAGER',
];

describe('access-log codes in plain words', () => {
  it('reads a refused log view to a patient in Dutch, with every code kept in a title', () => {
    wrap(<EntryTable entries={[refusedLogView]} showPatient={false} />);
    const row = screen.getByTestId('accesslog-entries').querySelector('tbody tr');
    expect(row?.getAttribute('data-event')).toBe('access-log-view');
    expect(row?.getAttribute('data-outcome')).toBe('refused');
    const text = row?.textContent ?? '';
    for (const words of [
      'dr. A.M. (Anna) de Vries (huisarts)',
      'toegangslog',
      'Toegangslog ingezien (inzien)',
      'geen',
      'geweigerd · geen beheerder van de toegangslog',
    ]) {
      expect(text).toContain(words);
    }
    for (const code of codes) expect(text).not.toContain(code);
    const titles = [...(row?.querySelectorAll('[title]') ?? [])].map((e) =>
      e.getAttribute('title'),
    );
    expect(titles).toEqual(
      expect.arrayContaining(['access-log-view', 'R', '01.015', 'access-log', 'none', 'refused']),
    );
    expect(titles).toContain('NOT_LOG_MANAGER');
  });

  it('switches to English with the language', () => {
    wrap(<EntryTable entries={[refusedLogView]} showPatient={false} />, { language: 'en' });
    const text = screen.getByTestId('accesslog-entries').querySelector('tbody tr')?.textContent;
    expect(text).toContain('Access log viewed (read)');
    expect(text).toContain('(general practitioner)');
    expect(text).toContain('denied · not the access log manager');
  });

  it('shows an unknown code as itself, never hiding it', () => {
    wrap(
      <EntryTable
        entries={[
          {
            ...refusedLogView,
            eventType: 'future-event',
            actorRole: '01.055',
            reasonCode: 'SOMETHING_NEW',
          },
        ]}
        showPatient={false}
      />,
    );
    const row = screen.getByTestId('accesslog-entries').querySelector('tbody tr');
    expect(row?.getAttribute('data-event')).toBe('future-event');
    expect(row?.textContent).toContain('future-event');
    expect(row?.textContent).toContain('(01.055)');
    expect(row?.textContent).toContain('SOMETHING_NEW');
  });

  it('lists the event types by name in the filter, keeping the codes as values', () => {
    wrap(<EntrySearch by="patient" />);
    const select = screen.getByLabelText('Gebeurtenis');
    const option = within(select).getByRole('option', { name: 'Waarneemsamenvatting opgevraagd' });
    expect(option.getAttribute('value')).toBe('summary-query');
    expect(within(select).queryByRole('option', { name: 'summary-query' })).toBeNull();
  });

  it("shows a clinician's own recent actions in plain words", async () => {
    const api = fakeApi({
      accessLogRecent: () =>
        ok([
          {
            id: 1,
            time: '2026-03-01T02:15:00.000Z',
            eventType: 'summary-query',
            action: 'R',
            outcome: 'partial',
            actorUzi: '900010001',
            actorName: 'dr. A.M. (Anna) de Vries',
            actorRole: '01.015',
            patientBsn: '999911120',
            demo: true,
          },
        ]),
    });
    wrap(<AccessLogRecent />, { api });
    const table = await screen.findByTestId('access-log');
    expect(table.textContent).toContain('Waarneemsamenvatting opgevraagd');
    expect(table.textContent).toContain('gedeeltelijk');
    expect(table.textContent).not.toContain('summary-query');
    expect(table.querySelector('[title="partial"]')).not.toBeNull();
  });
});
