import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Chromium for benchmarks: Playwright's own when installed, else Debian's. */
export async function launchChromium(): Promise<Browser> {
  let own = false;
  try {
    own = existsSync(chromium.executablePath());
  } catch {
    own = false;
  }
  return chromium.launch({
    headless: true,
    executablePath: own ? undefined : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
