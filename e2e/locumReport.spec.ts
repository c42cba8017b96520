import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import { logFor } from './support/workflow';

/** The locum report end to end: compose, validate, preview, send, delivered, in the GP's inbox. */
const BSN = '999990007';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let host: RunningHost;
test.beforeAll(async () => {
  host = await startBrowserHost();
  mkdirSync('test-results/screens', { recursive: true });
});
test.afterAll(async () => host.stop());

interface Reply<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}
async function callApi<T>(operation: string, input: unknown): Promise<Reply<T>> {
  const response = await fetch(`${host.origin}/api/${operation}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  return (await response.json()) as Reply<T>;
}

interface InboxItem {
  receivedAt: string;
  messageId: string;
  bsn: string;
  icpc: string[];
  episodeProposal: string | null;
  lineCount: number;
}
interface DemoState {
  inbox: { sourceId: string; sourceName: string; ura: string; items: InboxItem[] }[];
}

async function expectNoAxeViolations(page: Page, selector: string) {
  const result = await new AxeBuilder({ page }).include(selector).withTags(WCAG).analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

test('write a locum report, preview it, send it, see it delivered and in the GP inbox', async ({
  page,
}) => {
  await page.goto(host.url);
  await page.locator('[data-identity="hap-huisarts"]').click();
  await expect(page.getByRole('heading', { name: 'Geen patiënt geopend' })).toBeVisible();
  const indicator = page.getByTestId('outbox-indicator');
  await expect(indicator).toHaveAttribute('data-delivered', '0');

  await page.getByTestId('bsn-input').fill(BSN);
  await page.getByTestId('bsn-input').press('Enter');
  await expect(page.getByTestId('patient-banner')).toBeVisible();

  // Alt+R takes the keyboard to the report section at the end of the screen.
  await page.keyboard.press('Alt+KeyR');
  await expect(page.locator('#section-report')).toBeFocused();
  const report = page.getByTestId('report-section');

  // Asking for the preview of an empty report says what is missing, and where.
  await report.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  const problems = report.getByTestId('report-problems');
  await expect(problems).toBeFocused();
  await expect(problems).toContainText('Kies het soort contact');
  await expect(report.getByLabel('Soort contact')).toHaveAttribute('aria-invalid', 'true');

  await report.getByLabel('Soort contact').selectOption('03');
  await report.getByLabel(/^S –/).fill('Sinds gisteren branderig plassen, vaak kleine beetjes.');
  await report.getByLabel(/^E –/).fill('Ongecompliceerde cystitis.');
  await report.getByLabel(/^P –/).fill('Nitrofurantoïne 5 dagen; terug bij koorts of flankpijn.');

  // ICPC by words, with the keyboard only.
  const icpc = report.getByRole('combobox', { name: 'Zoek een ICPC-code op code of woord' });
  await icpc.fill('urine');
  await expect(page.locator('#report-icpc-list [role="option"]').first()).toContainText('U71');
  await icpc.press('ArrowDown');
  await icpc.press('Enter');
  await expect(report.getByTestId('report-icpc-chosen')).toContainText('U71');

  // The episode proposal starts from the chosen code.
  await report.getByLabel('Stel de eigen huisarts een episode voor').check();
  await expect(report.getByLabel('Titel van het episode')).toHaveValue('Cystitis/urineweginfectie');
  await expect(report.getByTestId('report-episode-code')).toContainText('U71');
  await expect(problems).toHaveCount(0);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expectNoAxeViolations(page, '[data-testid="report-section"]');
  await page.screenshot({ path: 'test-results/screens/locum-report-composer.png', fullPage: true });

  await report.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  const preview = report.getByTestId('report-preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('preview-journal')).toContainText('Ongecompliceerde cystitis.');
  await expect(preview.getByTestId('preview-icpc')).toContainText('U71');
  await expect(preview.getByTestId('preview-episode')).toContainText(
    'U71 Cystitis/urineweginfectie',
  );
  await expect(preview.getByTestId('preview-sender')).toContainText('de Vries');
  await expectNoAxeViolations(page, '[data-testid="report-section"]');
  await page.screenshot({ path: 'test-results/screens/locum-report-preview.png', fullPage: true });

  // A double click is one report.
  await report.getByTestId('report-send').dblclick();
  const outcome = report.getByTestId('report-outcome');
  await expect(outcome).toHaveAttribute('data-state', 'delivered', { timeout: 20_000 });
  await expect(outcome).toContainText('Afgeleverd bij');
  await expect(indicator).toHaveAttribute('data-delivered', '1', { timeout: 10_000 });
  await expect(indicator).toHaveAttribute('data-waiting', '0');

  // The outbox panel shows the report with its history.
  await indicator.click();
  const panel = page.getByRole('dialog', { name: 'Verzonden waarneemberichten' });
  const rows = panel.getByTestId('outbox-report');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-state', 'delivered');
  await rows.first().getByText('Verloop').click();
  await expect(rows.first()).toContainText('poging 1');
  await expect(rows.first()).toContainText('afgeleverd');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  // A copy of the delivered report prints from the report screen, the print logged after the
  // delivery: the outbox keeps no text of a delivered report, the screen still shows it.
  const before = logFor(host, BSN).filter((e) => e.eventType === 'print').length;
  await report.getByTestId('report-print-copy').click();
  const copy = page.getByTestId('report-print');
  await expect(copy).toBeVisible();
  await expect(copy.getByRole('heading', { name: 'Waarneembericht (kopie)' })).toBeVisible();
  await expect(copy.getByTestId('report-print-delivery')).toContainText('niet opnieuw bezorgen');
  await expect(copy).toContainText('Ongecompliceerde cystitis.');
  await expect(copy.getByTestId('report-print-watermark')).toContainText('DEMO');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: 'test-results/screens/locum-report-copy-print.png' });
  await page.emulateMedia({ media: 'screen' });
  const log = logFor(host, BSN);
  const prints = log.filter((e) => e.eventType === 'print');
  expect(prints.length).toBe(before + 1);
  expect(prints[0]).toMatchObject({ outcome: 'success', dataCategory: 'locum-report' });
  const delivery = log.find(
    (e) => e.eventType === 'locum-report-acknowledgement' && e.outcome === 'success',
  );
  expect(prints[0]?.id ?? 0).toBeGreaterThan(delivery?.id ?? Infinity);
  await copy.getByRole('button', { name: 'Sluiten' }).click();
  await expect(copy).toHaveCount(0);

  // Through the contract: exactly one report, delivered, and in the own GP's simulated inbox.
  const status = await callApi<{ counts: Record<string, number>; reports: { bsn: string }[] }>(
    'outboxStatus',
    {},
  );
  expect(status.value?.counts).toEqual({ waiting: 0, delivered: 1, failed: 0 });
  const demo = await callApi<DemoState>('demoState', {});
  expect(demo.ok).toBe(true);
  const items = (demo.value?.inbox ?? []).flatMap((box) => box.items);
  const received = items.filter((item) => item.bsn === BSN);
  expect(received).toHaveLength(1);
  expect(received[0]).toMatchObject({
    icpc: ['U71'],
    episodeProposal: 'U71 Cystitis/urineweginfectie',
    lineCount: 3,
  });
});

test('the own GP refuses the report: not delivered, the reason shown, not retried; printed for manual delivery, and logged', async ({
  page,
}) => {
  // The trainer makes the own GP's system refuse (CR), as in the simulator's panel.
  const control = await callApi('demoControl', {
    action: 'setReceiver',
    sourceId: 'hap-gp-amstelveen',
    mode: 'reject',
  });
  expect(control.ok, JSON.stringify(control.error)).toBe(true);
  await callApi('signOut', {});
  await page.goto(host.url);
  await page.locator('[data-identity="hap-huisarts"]').click();
  await page.getByTestId('bsn-input').fill(BSN);
  await page.getByTestId('bsn-input').press('Enter');
  await expect(page.getByTestId('patient-banner')).toBeVisible();

  const report = page.getByTestId('report-section');
  await report.getByLabel('Soort contact').selectOption('03');
  await report.getByLabel(/^S –/).fill('Hoesten sinds drie dagen, geen koorts.');
  await report.getByLabel(/^E –/).fill('Acute bronchitis.');
  await report.getByLabel(/^P –/).fill('Uitleg, paracetamol zo nodig.');
  const icpc = report.getByRole('combobox', { name: 'Zoek een ICPC-code op code of woord' });
  await icpc.fill('R78');
  // The list fills as the search answers: choose only once the code is offered (busy machines).
  await expect(page.locator('#report-icpc-list [role="option"]').first()).toContainText('R78');
  await icpc.press('ArrowDown');
  await icpc.press('Enter');
  await expect(report.getByTestId('report-icpc-chosen')).toContainText('R78');
  await report.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  await report.getByTestId('report-send').click();

  const outcome = report.getByTestId('report-outcome');
  await expect(outcome).toHaveAttribute('data-state', 'rejected', { timeout: 20_000 });
  await expect(outcome).toContainText('De ontvangende praktijk weigert het bericht');
  // The received text is quoted; Schakel itself does not blame the practice (issue 16 point 8).
  await expect(outcome).toContainText(
    'Het antwoord zegt niet of het schakelpunt of de praktijk weigerde',
  );
  const indicator = page.getByTestId('outbox-indicator');
  await expect(indicator).toHaveAttribute('data-failed', '1', { timeout: 10_000 });

  // A refusal is not retried blindly: one send, one answer, however long we wait.
  const status = await callApi<{ reports: { bsn: string; state: string; attempts: number }[] }>(
    'outboxStatus',
    {},
  );
  const refused = (status.value?.reports ?? []).filter((r) => r.state === 'rejected');
  expect(refused).toHaveLength(1);
  expect(refused[0]?.attempts).toBe(1);

  // The outbox offers retry and print; printing shows the report for manual delivery.
  await indicator.click();
  const panel = page.getByRole('dialog', { name: 'Verzonden waarneemberichten' });
  const row = panel.locator('[data-testid="outbox-report"][data-state="rejected"]');
  await expect(row.getByTestId('outbox-reason')).toContainText('weigert');
  await expect(row.getByRole('button', { name: 'Nu opnieuw versturen' })).toBeVisible();
  await row.getByRole('button', { name: 'Afdrukken voor handmatige bezorging' }).click();
  const printed = page.getByTestId('report-print');
  await expect(printed).toBeVisible();
  await expect(printed).toContainText('Acute bronchitis.');
  await page.screenshot({ path: 'test-results/screens/locum-report-print.png', fullPage: true });

  // The print is in the access log with the refusal before it (read from the log file).
  const events = logFor(host, BSN).map((e) => `${e.eventType}:${e.outcome}`);
  expect(events).toEqual(
    expect.arrayContaining(['print:success', 'locum-report-acknowledgement:refused']),
  );
  await callApi('demoControl', {
    action: 'setReceiver',
    sourceId: 'hap-gp-amstelveen',
    mode: 'accept',
  });
});
