import { expect, test } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import {
  callApi,
  checkScreen,
  openPatient,
  patients,
  recentLog,
  section,
  signIn,
} from './support/workflow';

/**
 * The idle lock after five minutes without activity. Playwright's clock fast-forwards the page's
 * time: no shorter timeout, no test hook in the app.
 */
let host: RunningHost;
test.beforeAll(async () => {
  host = await startBrowserHost();
});
test.afterAll(async () => host.stop());

test('after five idle minutes the screen locks and the patient is gone, here and in the services', async ({
  page,
}) => {
  await page.clock.install();
  await signIn(page, host, 'hap-huisarts');
  await openPatient(page, patients.jansen);
  await expect(section(page, 'summary')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect(page.getByTestId('banner-name')).toContainText('JANSEN');

  // Four minutes: still open.
  await page.clock.fastForward('04:00');
  await expect(page.getByTestId('idle-lock')).toHaveCount(0);
  await expect(page.getByTestId('patient-banner')).toBeVisible();

  // Activity resets the timer; then five quiet minutes lock.
  await page.mouse.move(10, 10);
  await page.clock.fastForward('02:00');
  await expect(page.getByTestId('idle-lock')).toHaveCount(0);
  await page.clock.fastForward('03:30');
  const lock = page.getByTestId('idle-lock');
  await expect(lock).toBeVisible();
  await expect(page.getByTestId('patient-banner')).toHaveCount(0);
  await expect(page.getByText('JANSEN')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toBeFocused();
  await checkScreen(page, 'idle-lock');

  // The services hold the lock too: every operation but unlock is refused now.
  const again = await callApi(host, 'recordsSummary', { bsn: patients.jansen });
  expect(again.ok).toBe(false);
  expect(again.error?.code).toBe('SESSION_LOCKED');
  expect((await callApi(host, 'accessLogRecent', { limit: 10 })).error?.code).toBe(
    'SESSION_LOCKED',
  );

  // Unlock: the empty patient screen, not the previous patient.
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
  await expect(page.getByRole('heading', { name: 'Geen patiënt geopend' })).toBeVisible();
  await expect(page.getByTestId('patient-banner')).toHaveCount(0);
  // And the services closed the patient: a query for it needs the patient opened again.
  const after = await callApi(host, 'recordsSummary', { bsn: patients.jansen });
  expect(after.error?.code).toBe('PRECONDITION');
  const log = await recentLog(host, 10);
  expect(log[0]?.eventType).toBe('idle-lock');
});
