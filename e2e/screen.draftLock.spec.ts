import { expect, test } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import { openPatient, patients, signIn } from './support/workflow';

/** Issue 16 point 9: an unsent locum-report draft survives the idle lock; the lock shows no outbox. */
let host: RunningHost;
test.beforeAll(async () => {
  host = await startBrowserHost();
});
test.afterAll(async () => host.stop());

test('the draft comes back after the idle lock when the same patient is opened again', async ({
  page,
}) => {
  await page.clock.install();
  await signIn(page, host, 'hap-huisarts');
  await openPatient(page, patients.jansen);
  const s = page.getByLabel(/^S –/);
  await s.fill('Sinds gisteren koorts en hoesten.');
  await page.clock.fastForward('05:30');
  await expect(page.getByTestId('idle-lock')).toBeVisible();
  await expect(page.getByText('Sinds gisteren koorts')).toHaveCount(0);
  // Nothing of the outbox can be opened from the lock screen.
  await expect(page.getByTestId('outbox-indicator')).toHaveCount(0);

  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByTestId('patient-banner')).toHaveCount(0);
  await openPatient(page, patients.jansen);
  await expect(page.getByLabel(/^S –/)).toHaveValue('Sinds gisteren koorts en hoesten.');

  // Another patient does not get it.
  await openPatient(page, patients.deBoer);
  await expect(page.getByTestId('report-section')).toBeVisible();
  await expect(page.getByLabel(/^S –/)).toHaveValue('');
});
