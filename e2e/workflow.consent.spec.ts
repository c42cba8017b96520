import { expect, test } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import {
  checkOne,
  checkScreen,
  openPatient,
  patients,
  recentLog,
  section,
  switchLanguage,
} from './support/workflow';

/** Consent everywhere (Jansen): the complete answer, every screen on the way in both languages. */
let host: RunningHost;
test.describe.configure({ timeout: 120_000 });
test.beforeAll(async () => {
  host = await startBrowserHost();
});
test.afterAll(async () => host.stop());

test('consent everywhere: summary and the medication of three pharmacies, all logged', async ({
  page,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Aanmelden' })).toBeVisible();
  await checkScreen(page, 'signin');

  await page.locator('[data-identity="hap-huisarts"]').click();
  await expect(page.getByRole('heading', { name: 'Geen patiënt geopend' })).toBeVisible();
  await checkScreen(page, 'patient-empty');

  await openPatient(page, patients.jansen);
  await expect(page.getByTestId('banner-name')).toContainText('JANSEN');
  const consent = page.getByTestId('consent-panel');
  await expect(consent.locator('[data-testid^="consent-source-"]')).toHaveCount(4);
  await expect(consent.locator('[data-consent="consent"]')).toHaveCount(4);

  const summary = section(page, 'summary');
  const medication = section(page, 'medication');
  await expect(summary).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect(medication).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect(summary.getByTestId('summary-episodes')).toBeVisible();
  await expect(summary.getByTestId('summary-partial')).toHaveCount(0);
  await expect(medication.getByTestId('medication-partial')).toHaveCount(0);

  // Three pharmacies answered, each with dispenses, and the table carries lines from all three.
  const pharmacyRows = medication.locator('[data-testid^="source-status-"]');
  await expect(pharmacyRows).toHaveCount(3);
  for (const name of ['Apotheek De Linde', 'Apotheek Amstelveen-Zuid', 'Apotheek Uithoorn']) {
    await expect(pharmacyRows.filter({ hasText: name })).toHaveAttribute('data-status', 'ok');
  }
  const table = medication.getByTestId('medication-table');
  await expect(table).toBeVisible();
  for (const name of ['De Linde', 'Amstelveen-Zuid', 'Uithoorn']) {
    await expect(table.getByText(name).first()).toBeVisible();
  }
  await checkScreen(page, 'patient-loaded');

  // Help overlay (?), a modal: checked per language, since the toolbar sits behind it.
  for (const language of ['nl', 'en'] as const) {
    await switchLanguage(page, language);
    await page.getByTestId('bsn-input').blur();
    await page.keyboard.press('F1');
    await expect(page.getByTestId('help-overlay')).toBeVisible();
    await checkOne(page, 'help');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('help-overlay')).toHaveCount(0);
  }
  await switchLanguage(page, 'nl');

  const log = await recentLog(host);
  const forJansen = log.filter((e) => e.patientBsn === patients.jansen);
  const kinds = forJansen.map((e) => `${e.eventType}:${e.outcome}`);
  expect(kinds).toEqual(
    expect.arrayContaining([
      'patient-search:success',
      'summary-query:success',
      'medication-query:success',
    ]),
  );
  expect(forJansen.every((e) => e.actorUzi === '900010001')).toBe(true);
});
