import { expect, test } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import { patients } from './support/workflow';
import { openAnswered } from './support/layout';

// The guide's pictures are refreshed only on request (SCHAKEL_UPDATE_DOCS=1): a test run leaves the tree clean.
const shotDir = process.env.SCHAKEL_UPDATE_DOCS === '1' ? 'docs/screens' : 'test-results/screens';

/** Issue 16 point 11: the trainer panel is docked to a side and covers nothing of the patient. */
let host: RunningHost;
test.beforeAll(async () => {
  host = await startBrowserHost();
});
test.afterAll(async () => host.stop());

test('the trainer panel docks to the right; the patient banner stays fully visible beside it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // The picture in docs/ shows the answered screen, not the waiting one.
  await openAnswered(page, host, patients.jansen);
  await page.keyboard.press('Control+Shift+T');
  const panel = page.getByTestId('trainer-panel');
  await expect(panel).toBeVisible();
  const p = await panel.boundingBox();
  const banner = await page.getByTestId('patient-banner').boundingBox();
  expect(p && banner).toBeTruthy();
  if (!p || !banner) return;
  expect(banner.x + banner.width).toBeLessThanOrEqual(p.x + 1);
  await page.screenshot({ path: `${shotDir}/trainer-docked-1440x900.png` });
});
