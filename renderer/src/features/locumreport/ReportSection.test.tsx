// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { Api, Input } from '../../../../shared/api/contract';
import type { Result } from '../../../../shared/api/result';
import type { OutboxEntryView } from '../../../../shared/api/reportSchemas';
import { fakeApi, ok } from '../../testing/fakeApi';
import { patientContext } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ReportSection } from './ReportSection';
import { appInfo, icpcSearch, outboxEntry, outboxStatus } from './testing/reportFakes';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

let idCounter = 0;
const newDraftId = () => `00000000-0000-4000-8000-${String(++idCounter).padStart(12, '0')}`;

function setup(overrides: Partial<Api> = {}) {
  const api = fakeApi({
    appInfo: () => ok(appInfo()),
    icpcSearch,
    outboxStatus: () => ok(outboxStatus([])),
    ...overrides,
  });
  const user = userEvent.setup();
  renderWithProviders(<ReportSection context={patientContext()} newDraftId={newDraftId} />, {
    api,
  });
  return { api, user };
}

async function chooseIcpc(user: UserEvent, field: string, text: string, code: string) {
  await user.type(screen.getByLabelText(field), text);
  await screen.findByRole('option', { name: new RegExp(code) });
  await user.keyboard('{Enter}');
}

async function fillValid(user: UserEvent) {
  await user.selectOptions(screen.getByLabelText('Soort contact'), '03');
  await user.type(screen.getByLabelText(/^S –/), 'Sinds 2 dagen hoesten en koorts.');
  await user.type(screen.getByLabelText(/^E –/), 'Bovenste luchtweginfectie.');
  await user.type(screen.getByLabelText(/^P –/), 'Paracetamol, terug bij benauwdheid.');
  await chooseIcpc(user, 'Zoek een ICPC-code op code of woord', 'R74', 'R74');
}

const sendCalls = (api: ReturnType<typeof fakeApi>) =>
  api.calls
    .filter((c) => c.name === 'locumReportSend')
    .map((c) => c.input as Input<'locumReportSend'>);

describe('the locum report composer', () => {
  it('says what is missing, next to the fields and in a summary, once the preview is asked', async () => {
    const { user } = setup();
    // Nothing is shouted at an empty form.
    expect(screen.queryByTestId('report-problems')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Voorbeeld bekijken' }));

    const summary = await screen.findByTestId('report-problems');
    expect(summary?.textContent).toContain('Kies het soort contact');
    expect(summary?.textContent).toContain('Schrijf ten minste één journaalregel');
    expect(summary?.textContent).toContain('Geef ten minste één ICPC-code');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(screen.queryByTestId('report-preview')).toBeNull();

    const type = screen.getByLabelText('Soort contact');
    expect(type?.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(type.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toContain('Kies het soort contact');

    // Live from here on: an S line alone still misses E and P, said in the clinician's words.
    await user.type(screen.getByLabelText(/^S –/), 'Hoest');
    expect(summary?.textContent).not.toContain('Schrijf ten minste één journaalregel');
    expect(screen.getByTestId('problem-E')?.textContent).toContain(
      'Er is geen evaluatie (E)-regel',
    );
    expect(screen.getByTestId('problem-P')?.textContent).toContain('Er is geen plan (P)-regel');
    expect(screen.getByLabelText(/^S –/)?.getAttribute('aria-invalid')).toBe(null);

    // A summary item takes the cursor to its field.
    await user.click(within(summary).getByRole('button', { name: /soort contact/ }));
    expect(document.activeElement).toBe(type);
  });

  it('refuses an episode proposal without a title and an end before the start', async () => {
    const { user } = setup();
    await fillValid(user);
    await user.click(screen.getByLabelText('Stel de eigen huisarts een episode voor'));
    // Prefilled from the first ICPC code; emptied here on purpose.
    expect(screen.getByLabelText('Titel van het episode') as HTMLInputElement).toHaveProperty(
      'value',
      'Acute infectie bovenste luchtwegen',
    );
    await user.clear(screen.getByLabelText('Titel van het episode'));
    const end = screen.getByLabelText('Einde');
    fireEvent.change(end, { target: { value: '2026-01-09T08:00' } });
    await user.click(screen.getByRole('button', { name: 'Voorbeeld bekijken' }));
    expect((await screen.findByTestId('problem-episodeTitle')).textContent).toContain(
      'Het voorgestelde episode heeft geen titel.',
    );
    expect(screen.getByTestId('problem-end')?.textContent).toContain('eindigt vóór het begon');
  });

  it('finds ICPC codes by words with the keyboard: type, arrow keys, Enter', async () => {
    const { user } = setup();
    const input = screen.getByLabelText('Zoek een ICPC-code op code of woord');
    await user.type(input, 'pijn');
    const options = await within(screen.getByRole('listbox')).findAllByRole('option');
    expect(options.map((o) => o.dataset.code)).toEqual(['D01', 'L03', 'N01', 'U01']);
    expect(input?.getAttribute('aria-expanded')).toBe('true');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input?.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');

    const chosen = screen.getByTestId('report-icpc-chosen');
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((li) => li.dataset.code),
    ).toEqual(['L03']);
    expect(chosen?.textContent).toContain('Lage rugpijn zonder uitstraling');
    expect(input as HTMLInputElement).toHaveProperty('value', '');
    expect(document.activeElement).toBe(input);

    // By code: Enter takes the first match; Escape closes the list.
    await user.type(input, 'r7');
    await screen.findByRole('option', { name: /R74/ });
    await user.keyboard('{Escape}');
    expect(input?.getAttribute('aria-expanded')).toBe('false');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((li) => li.dataset.code),
    ).toEqual(['L03', 'R74']);
  });

  it('previews the report as the own GP will read it', async () => {
    const { user } = setup();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Geneesmiddel toevoegen' }));
    await user.type(screen.getByLabelText('Geneesmiddel 1'), 'Paracetamol 500 mg tablet');
    await user.type(screen.getByLabelText('Dosering'), '3 x per dag 2 tabletten');
    await user.type(screen.getByLabelText('Hoeveelheid'), '20');
    await user.type(screen.getByLabelText('Advies en vervolg'), 'Controle bij eigen huisarts.');
    await user.click(screen.getByRole('button', { name: 'Voorbeeld bekijken' }));

    const preview = await screen.findByTestId('report-preview');
    expect(within(preview).getByTestId('preview-patient')?.textContent).toContain(
      'de JANSEN, Anna',
    );
    expect(within(preview).getByTestId('preview-contact')?.textContent).toContain('consult');
    expect(within(preview).getByTestId('preview-journal')?.textContent).toContain(
      'SSinds 2 dagen hoesten en koorts.EBovenste luchtweginfectie.PParacetamol',
    );
    expect(within(preview).getByTestId('preview-icpc')?.textContent).toContain(
      'R74 Acute infectie bovenste luchtwegen',
    );
    expect(within(preview).getByTestId('preview-medication')?.textContent).toContain(
      'Paracetamol 500 mg tablet – 3 x per dag 2 tabletten (20)',
    );
    expect(within(preview).getByTestId('preview-sender')?.textContent).toContain('dr. J. de Vries');
    expect(preview?.textContent).toContain('Huisartsenpraktijk De Linde');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('heading', { name: /Voorbeeld: zo leest/ }),
      ),
    );
  });

  it('a double click sends once, and a retry after a failure keeps the same draftId', async () => {
    let release: (r: Result<OutboxEntryView>) => void = () => undefined;
    let first = true;
    const { api, user } = setup({
      locumReportSend: (input) => {
        if (first) {
          first = false;
          return Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: 'boom' } });
        }
        return new Promise((resolve) => {
          release = resolve;
          void input;
        });
      },
    });
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Voorbeeld bekijken' }));
    const send = await screen.findByTestId('report-send');

    await user.click(send);
    expect((await screen.findByTestId('report-send-failed')).textContent).toContain(
      'Uw tekst staat er nog',
    );

    await user.dblClick(send);
    await waitFor(() => expect(send as HTMLButtonElement).toHaveProperty('disabled', true));
    await user.click(send);
    expect(send?.textContent).toContain('Bezig met versturen');

    const calls = sendCalls(api);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.draftId).toBe(calls[0]?.draftId);
    expect(calls[0]?.draft.lines.map((l) => l.type)).toEqual(['S', 'E', 'P']);
    expect(calls[0]?.draft.contactType.codeSystem).toBe('2.16.840.1.113883.2.4.4.30.14');

    release({ ok: true, value: outboxEntry({ reportId: calls[0]?.draftId ?? '' }) });
    expect((await screen.findByTestId('report-outcome')).textContent).toContain(
      'Opgeslagen en klaar om te versturen naar Huisartsenpraktijk De Linde',
    );
    expect(screen.queryByTestId('report-send')).toBeNull();
    expect(sendCalls(api)).toHaveLength(2);

    // A new report is a new draft with a new id.
    await user.click(screen.getByRole('button', { name: 'Nieuw waarneembericht' }));
    expect(screen.getByLabelText(/^S –/) as HTMLInputElement).toHaveProperty('value', '');
  });

  it('follows the sent report through the outbox until it is delivered', async () => {
    let state: OutboxEntryView['state'] = 'waiting';
    const entry = () =>
      outboxEntry({
        reportId: '00000000-0000-4000-8000-000000000999',
        state,
        deliveredAt: state === 'delivered' ? '2026-01-10T21:21:00+01:00' : null,
      });
    const { user, api } = setup({
      locumReportSend: () => ok(entry()),
      outboxStatus: () => ok(outboxStatus([entry()])),
    });
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Voorbeeld bekijken' }));
    await user.click(await screen.findByTestId('report-send'));
    const outcome = await screen.findByTestId('report-outcome');
    expect(outcome?.getAttribute('data-state')).toBe('waiting');
    state = 'delivered';
    await waitFor(
      () =>
        expect(screen.getByTestId('report-outcome')?.getAttribute('data-state')).toBe('delivered'),
      { timeout: 10_000 },
    );
    expect(screen.getByTestId('report-outcome')?.textContent).toContain('Afgeleverd bij');
    expect(api.calls.filter((c) => c.name === 'outboxStatus').length).toBeGreaterThan(1);
  });

  it('prints a copy of a delivered report, logged by the service first, saying not to deliver it again', async () => {
    const print = vi.fn();
    window.print = print;
    const delivered = outboxEntry({
      reportId: '00000000-0000-4000-8000-000000000998',
      state: 'delivered',
      deliveredAt: '2026-01-10T21:21:00+01:00',
    });
    const { user, api } = setup({
      locumReportSend: () => ok(delivered),
      outboxStatus: () => ok(outboxStatus([delivered])),
      outboxPrint: () => ok({ entry: delivered, report: null }),
    });
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Voorbeeld bekijken' }));
    expect(screen.queryByTestId('report-print-copy')).toBeNull();
    await user.click(await screen.findByTestId('report-send'));
    await user.click(await screen.findByRole('button', { name: 'Kopie afdrukken' }));

    const view = await screen.findByTestId('report-print');
    expect(api.calls.find((c) => c.name === 'outboxPrint')?.input).toEqual({
      reportId: delivered.reportId,
    });
    expect(within(view).getByRole('heading', { level: 2 }).textContent).toBe(
      'Waarneembericht (kopie)',
    );
    const line = within(view).getByTestId('report-print-delivery').textContent ?? '';
    expect(line).toContain('Elektronisch afgeleverd');
    expect(line).toContain('niet opnieuw bezorgen');
    // The copy is the report the screen showed: the service keeps no text after delivery.
    expect(within(view).getByTestId('preview-icpc').textContent).toBeTruthy();
    expect(print).toHaveBeenCalledTimes(1);
  });
});
