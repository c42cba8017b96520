import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Runs only where an Electron binary exists (scripts/test.mjs decides and says so otherwise).
test('the desktop window opens hardened, in demo mode, and signs in', async () => {
  const app = await electron.launch({
    args: ['.'],
    env: { ...process.env, SCHAKEL_DATA_DIR: mkdtempSync(join(tmpdir(), 'schakel-electron-')) },
  });
  const window = await app.firstWindow();
  await expect(window.getByTestId('demo-banner')).toBeVisible();
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
    'undefined',
  );
  expect(
    await window.evaluate(() =>
      Object.keys((window as unknown as { schakel: object }).schakel).sort(),
    ),
  ).toEqual(['accessLogRecent', 'appInfo', 'signInDemo', 'signOut']);
  await window.locator('[data-identity="hap-huisarts"]').click();
  await expect(window.getByTestId('session')).toContainText('HAP');
  expect(await window.title()).toBe('Schakel');
  await app.close();
});
