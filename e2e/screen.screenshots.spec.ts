import { expect, test } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import {
  checkScreen,
  expectNoAxeViolations,
  openPatient,
  patients,
  section,
  signIn,
} from './support/workflow';
import { openAnswered } from './support/layout';

// The guide's pictures are refreshed only on request (SCHAKEL_UPDATE_DOCS=1): a test run leaves the tree clean.
const shotDir = process.env.SCHAKEL_UPDATE_DOCS === '1' ? 'docs/screens' : 'test-results/screens';

/**
 * The patient screen as a doctor first sees it, before any scroll, at the two common laptop sizes;
 * saved to docs/screens/ so the first screen can be judged by eye. Axe on the same screen.
 */
let host: RunningHost;
test.describe.configure({ timeout: 120_000 });
test.beforeAll(async () => {
  host = await startBrowserHost();
});
test.afterAll(async () => host.stop());

for (const [width, height] of [
  [1440, 900],
  [1280, 720],
] as const) {
  test(`the first screen at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    // Every source answered (and the allergy state settled) before the picture is taken.
    await openAnswered(page, host, patients.jansen);
    await expect(section(page, 'summary')).toHaveAttribute('data-state', 'done');
    await expect(section(page, 'medication')).toHaveAttribute('data-state', 'done');
    await expect(page.getByTestId('medication-line').first()).toBeVisible();
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: `${shotDir}/patient-${width}x${height}.png` });
    await expectNoAxeViolations(page, `patient ${width}×${height}`);
  });
}

test('axe stays at zero in both languages and both themes on the patient screen; keyboard order', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, host, 'hap-huisarts');
  await openPatient(page, patients.jansen);
  await expect(section(page, 'medication')).toHaveAttribute('data-state', 'done', {
    timeout: 15_000,
  });
  await page.getByTestId('consent-plain').locator('summary').click();
  await checkScreen(page, 'patient-light');
  await page.getByRole('button', { name: 'Nachtweergave' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await checkScreen(page, 'patient-dark');
  await page.getByRole('button', { name: 'Dagweergave' }).click();

  // Keyboard: from the BSN field, Tab reaches the banner's actions, then consent, in reading order.
  await page.getByTestId('bsn-input').focus();
  const order: string[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    order.push(
      await page.evaluate(
        "(document.activeElement && (document.activeElement.textContent || '').trim().slice(0, 40)) || ''",
      ),
    );
  }
  expect(order).toEqual([
    'Zoeken',
    'Overzicht afdrukken',
    'Patiënt sluiten',
    expect.stringContaining('Toestemming gegeven'),
  ]);
});
