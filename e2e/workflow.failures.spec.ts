import { expect, test } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import {
  checkScreen,
  logFor,
  openPatient,
  patients,
  recentLog,
  section,
  signIn,
} from './support/workflow';

/** What stops or degrades a lookup: an objection, a pharmacy that times out, a wrong BSN. */
let host: RunningHost;
test.describe.configure({ timeout: 120_000 });
test.beforeAll(async () => {
  host = await startBrowserHost();
});
test.afterAll(async () => host.stop());

const lastLogId = async () => Math.max(0, ...(await recentLog(host, 5)).map((e) => e.id));

test('objection at the GP: a clear stop, nothing asked of the GP, the pharmacy still answers', async ({
  page,
}) => {
  await signIn(page, host, 'hap-huisarts');
  const before = await lastLogId();
  await openPatient(page, patients.visser);

  const panel = page.getByTestId('consent-panel');
  const gp = panel.locator('[data-consent="objection"]');
  await expect(gp).toHaveCount(1);
  await expect(gp).toContainText('Huisartspraktijk Amstelveen-Centrum');
  await expect(gp.getByRole('alert')).toContainText('ook niet in een spoedsituatie');
  await expect(gp.locator('li[data-category="summary"]')).toHaveAttribute('data-allowed', 'false');
  // No way round it: no verbal question, no button in the GP's entry.
  await expect(page.getByTestId('verbal-consent')).toHaveCount(0);
  await expect(gp.getByRole('button')).toHaveCount(0);

  const summary = section(page, 'summary');
  await expect(summary).toHaveAttribute('data-state', 'not-requested');
  const medication = section(page, 'medication');
  await expect(medication).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect(
    medication.locator('[data-testid^="source-status-"]').filter({ hasText: 'Apotheek De Linde' }),
  ).toHaveAttribute('data-status', 'ok');
  await expect(medication.getByTestId('medication-table')).toBeVisible();
  await checkScreen(page, 'objection');

  await page.waitForTimeout(500);
  const log = (await recentLog(host)).filter(
    (e) => e.id > before && e.patientBsn === patients.visser,
  );
  expect(log.map((e) => e.eventType)).not.toContain('summary-query');
  const medicationQuery = log.find((e) => e.eventType === 'medication-query');
  expect(medicationQuery?.outcome).toBe('success');
  // The sources the switchpoint was asked: the pharmacy only, never the objecting GP.
  const records = await logFor(host, patients.visser);
  const asked = records.find((r) => r.id === medicationQuery?.id);
  expect(asked?.sources.length ?? 0).toBeGreaterThan(0);
  const gpUra = ((await gp.getAttribute('data-testid')) ?? '').replace('consent-source-', '');
  expect(gpUra).toMatch(/^\d{8}$/);
  expect(asked?.sources.map((s) => s.ura)).not.toContain(gpUra);
});

test('a pharmacy times out: the partial answer names it, and "Request again" asks again', async ({
  page,
}) => {
  await signIn(page, host, 'hap-huisarts');
  const before = await lastLogId();
  await openPatient(page, patients.bakker);

  const medication = section(page, 'medication');
  // While waiting: per source, the elapsed seconds.
  await expect(medication).toHaveAttribute('data-state', 'pending');
  await expect(medication.getByRole('timer').first()).toBeVisible();
  await expect(medication).toHaveAttribute('data-state', 'done', { timeout: 20_000 });

  const rows = medication.locator('[data-testid^="source-status-"]');
  const uithoorn = rows.filter({ hasText: 'Apotheek Uithoorn' });
  await expect(uithoorn).toHaveAttribute('data-status', 'timeout');
  await expect(uithoorn).toContainText('Geen antwoord op tijd');
  await expect(rows.filter({ hasText: 'Apotheek De Linde' })).toHaveAttribute('data-status', 'ok');
  await expect(rows.filter({ hasText: 'Apotheek Amstelveen-Zuid' })).toHaveAttribute(
    'data-status',
    'ok',
  );
  const partial = medication.getByTestId('medication-partial');
  await expect(partial).toBeVisible();
  await expect(partial).toContainText('Apotheek Uithoorn');
  await expect(medication.getByTestId('medication-table')).toBeVisible();
  // "Unavailable" is not "no allergies": the banner says so.
  await expect(page.getByTestId('allergy-state')).toHaveAttribute('data-form', 'unavailable');
  await checkScreen(page, 'pharmacy-timeout');

  const queriesBefore = (await recentLog(host)).filter(
    (e) => e.id > before && e.eventType === 'medication-query' && e.patientBsn === patients.bakker,
  );
  // One entry per pharmacy as it answered (issue 16 §5): two answered, one timed out.
  expect(queriesBefore.map((e) => e.outcome).sort()).toEqual(['partial', 'success', 'success']);

  // Retry: the section asks again (this case's pharmacy stays silent, so it times out again).
  const retry = medication.getByRole('button', { name: 'Opnieuw opvragen' });
  await retry.click();
  // While asking again only the source that failed shows as waiting; what arrived stays on screen.
  await expect(uithoorn).toHaveAttribute('data-status', 'loading');
  await expect(uithoorn.getByRole('timer')).toBeVisible();
  await expect(rows.filter({ hasText: 'Apotheek De Linde' })).toHaveAttribute('data-status', 'ok');
  await expect(medication.getByTestId('medication-table')).toBeVisible();
  await expect(uithoorn).toHaveAttribute('data-status', 'timeout', { timeout: 20_000 });
  await expect(retry).toBeEnabled();
  await expect(partial).toContainText('Apotheek Uithoorn');
  const queriesAfter = (await recentLog(host)).filter(
    (e) => e.id > before && e.eventType === 'medication-query' && e.patientBsn === patients.bakker,
  );
  expect(queriesAfter.filter((e) => e.outcome === 'partial')).toHaveLength(2);
  expect(queriesAfter).toHaveLength(6);
});

test('an invalid BSN is explained and nothing is searched', async ({ page }) => {
  await signIn(page, host, 'hap-huisarts');
  const before = await lastLogId();
  const input = page.getByTestId('bsn-input');
  await input.fill('999990008'); // Jansen's BSN with the last digit wrong
  await input.press('Enter');
  const message = page.getByTestId('bsn-message');
  await expect(message).toHaveRole('alert');
  await expect(message).toContainText('elfproef');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('patient-banner')).toHaveCount(0);
  await checkScreen(page, 'bsn-invalid', async () => {
    await expect(message).toBeVisible();
  });

  await input.fill('12345');
  await input.press('Enter');
  await expect(message).toContainText('aantal cijfers');
  await page.waitForTimeout(500);
  const searches = (await recentLog(host)).filter(
    (e) => e.id > before && e.eventType === 'patient-search',
  );
  expect(searches).toEqual([]);
});
