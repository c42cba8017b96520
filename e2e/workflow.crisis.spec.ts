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

/**
 * No choice recorded (De Boer) with the crisis regime on: the verbal question, then yes or no.
 * The regime is switched on at start (SCHAKEL_DEMO_CRISIS, read once in electron/demo/embedded.ts).
 */
let host: RunningHost;
test.describe.configure({ timeout: 120_000 });
test.beforeAll(async () => {
  host = await startBrowserHost({ SCHAKEL_DEMO_CRISIS: '1' });
});
test.afterAll(async () => host.stop());

const lastLogId = async () => Math.max(0, ...(await recentLog(host, 5)).map((e) => e.id));

test('no choice + crisis regime + verbal yes: the question, then the summary; consent logged', async ({
  page,
}) => {
  await signIn(page, host, 'hap-huisarts');
  const before = await lastLogId();
  await openPatient(page, patients.deBoer);

  const question = page.getByTestId('verbal-consent');
  await expect(question).toBeVisible();
  await expect(question).toContainText('Mag ik voor deze behandeling uw gegevens');
  await expect(question).toContainText('Huisartsen Uithoorn');
  // Nothing is requested before the answer.
  await expect(section(page, 'summary')).toHaveAttribute('data-state', 'not-requested');
  await checkScreen(page, 'verbal-question', async () => {
    await expect(question.getByRole('radio')).toHaveCount(3);
  });

  await question.getByRole('radio', { name: /^Ja/ }).check();
  await question.getByRole('button', { name: 'Antwoord vastleggen' }).click();
  await expect(page.getByTestId('verbal-answer')).toContainText('ja, toestemming');
  await expect(question).toHaveCount(0);

  const summary = section(page, 'summary');
  await expect(summary).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect(summary.locator('[data-testid^="source-status-"]').first()).toHaveAttribute(
    'data-status',
    'ok',
  );
  await checkScreen(page, 'verbal-yes-loaded');

  const log = (await recentLog(host)).filter(
    (e) => e.id > before && e.patientBsn === patients.deBoer,
  );
  const kinds = log.map((e) => `${e.eventType}:${e.outcome}`);
  expect(kinds).toEqual(
    expect.arrayContaining([
      'patient-search:success',
      'consent-recorded:success',
      'summary-query:success',
    ]),
  );
  // The answer was recorded before the query.
  const recorded = log.find((e) => e.eventType === 'consent-recorded');
  const queried = log.find((e) => e.eventType === 'summary-query');
  expect(recorded?.id ?? Infinity).toBeLessThan(queried?.id ?? -1);
  const records = await logFor(host, patients.deBoer);
  expect(records.find((r) => r.id === recorded?.id)?.consentBasis).toBe('verbal-yes');

  await page.getByRole('button', { name: 'Patiënt sluiten' }).click();
  await expect(page.getByTestId('patient-banner')).toHaveCount(0);
});

test('no choice + crisis regime + verbal no: nothing is queried, the refusal is logged', async ({
  page,
}) => {
  await signIn(page, host, 'hap-huisarts');
  const before = await lastLogId();
  await openPatient(page, patients.deBoer);

  const question = page.getByTestId('verbal-consent');
  await question.getByRole('radio', { name: /^Nee/ }).check();
  await question.getByRole('button', { name: 'Antwoord vastleggen' }).click();
  await expect(page.getByTestId('verbal-answer')).toContainText('nee');

  const summary = section(page, 'summary');
  const medication = section(page, 'medication');
  await expect(summary).toHaveAttribute('data-state', 'not-requested');
  await expect(medication).toHaveAttribute('data-state', 'not-requested');
  const gp = page.getByTestId('consent-panel').locator('[data-consent="no-choice"]').first();
  await expect(gp.locator('li[data-category="summary"]')).toHaveAttribute('data-allowed', 'false');
  await checkScreen(page, 'verbal-no');

  // Give a wrongly started query the time to show up in the log, then look.
  await page.waitForTimeout(1000);
  const log = (await recentLog(host)).filter(
    (e) => e.id > before && e.patientBsn === patients.deBoer,
  );
  expect(log.map((e) => e.eventType)).toContain('consent-recorded');
  expect(log.filter((e) => e.eventType === 'summary-query' && e.outcome === 'success')).toEqual([]);
  expect(log.filter((e) => e.eventType === 'medication-query' && e.outcome === 'success')).toEqual(
    [],
  );
  const records = await logFor(host, patients.deBoer);
  const refusal = records.find((r) => r.id > before && r.eventType === 'consent-recorded');
  expect(refusal?.consentBasis).toBe('verbal-no');
});
