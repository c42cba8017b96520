// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, ok } from '../../testing/fakeApi';
import { patientContext } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ReportSection } from './ReportSection';
import { appInfo, icpcSearch, outboxStatus } from './testing/reportFakes';

afterEach(cleanup);

describe('an unsent draft survives the section going away (idle lock, closing the patient)', () => {
  it('is parked when the section unmounts and taken back when it mounts again', async () => {
    let parked: { draftId: string; state: string } | null = null;
    const api = fakeApi({
      appInfo: () => ok(appInfo()),
      icpcSearch,
      outboxStatus: () => ok(outboxStatus([])),
      locumDraftPark: ({ draftId, state }) => {
        parked = { draftId, state };
        return ok({ parked: true });
      },
      locumDraftResume: () => {
        const taken = parked;
        parked = null;
        return ok(taken);
      },
    });
    const context = patientContext();
    const first = renderWithProviders(<ReportSection context={context} />, { api });
    await userEvent.setup().type(await screen.findByLabelText(/^S –/), 'Sinds gisteren koorts.');
    first.unmount();
    expect(api.calls.filter((c) => c.name === 'locumDraftPark')).toHaveLength(1);
    const parkedId = (parked as { draftId: string } | null)?.draftId;

    renderWithProviders(<ReportSection context={context} />, { api });
    await waitFor(() =>
      expect((screen.getByLabelText(/^S –/) as HTMLTextAreaElement).value).toBe(
        'Sinds gisteren koorts.',
      ),
    );
    expect(api.calls.at(-1)?.name === 'locumDraftPark').toBe(false);
    // The same draft id: sending it later is still one report.
    expect(parkedId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('an untouched draft is not parked', () => {
    const api = fakeApi({ appInfo: () => ok(appInfo()), outboxStatus: () => ok(outboxStatus([])) });
    const view = renderWithProviders(<ReportSection context={patientContext()} />, { api });
    view.unmount();
    expect(api.calls.some((c) => c.name === 'locumDraftPark')).toBe(false);
  });
});
