import type { Page } from '@playwright/test';
import { round, type Figure } from '../../electron/bench/figure';
import { startBrowserHost } from '../host';
import { launchChromium } from './browser';

/**
 * Issue 16: medical data really leave memory. The renderer's JS heap (after a forced garbage
 * collection, through the DevTools protocol) after opening and closing 50 patients stays within
 * 10 % of the heap after the first. Demo patients in turn, the large record among them, every
 * source answering at once (SCHAKEL_DEMO_LATENCY_MS=0).
 */
const BSNS = ['999990007', '999990093', '999990147', '999990032', '999990111'];
const PATIENTS = 50;

async function openAndClose(page: Page, bsn: string) {
  const input = page.getByTestId('bsn-input');
  await input.fill(bsn);
  await input.press('Enter');
  await page.getByTestId('patient-banner').waitFor();
  for (const section of ['summary', 'medication'])
    await page.locator(`[data-testid="${section}-section"]:not([data-state="pending"])`).waitFor();
  await page.getByRole('button', { name: 'Patiënt sluiten' }).click();
  await page.getByTestId('patient-banner').waitFor({ state: 'detached' });
}

export default async function (): Promise<Figure[]> {
  const host = await startBrowserHost({ SCHAKEL_DEMO_LATENCY_MS: '0' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      // React Query drops removed queries at once (removeQueries); let timers settle, then collect.
      await page.waitForTimeout(300);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    };
    await page.goto(host.url);
    await page.locator('[data-identity="hap-huisarts"]').click();
    await page.getByTestId('bsn-input').waitFor();

    await openAndClose(page, BSNS[0] as string);
    const afterFirst = await heap();
    const trace: number[] = [afterFirst];
    for (let i = 1; i < PATIENTS; i++) {
      await openAndClose(page, BSNS[i % BSNS.length] as string);
      if ((i + 1) % 5 === 0) trace.push(await heap());
    }
    const afterAll = trace.at(-1) ?? afterFirst;
    console.log(
      'heap MiB after 1, 5, 10, …:',
      trace.map((b) => round(b / 1024 / 1024, 2)).join(' '),
    );
    const growth = ((afterAll - afterFirst) / afterFirst) * 100;
    return [
      {
        area: 'patient screen',
        name: 'renderer heap after the first patient (opened, closed, GC)',
        value: round(afterFirst / 1024 / 1024, 2),
        unit: 'MiB',
      },
      {
        area: 'patient screen',
        name: `renderer heap growth after ${PATIENTS} patients opened and closed, vs. after the first`,
        value: round(growth, 1),
        unit: '%',
        budget: '≤ 10 %',
        withinBudget: growth <= 10,
      },
    ];
  } finally {
    await browser.close();
    await host.stop();
  }
}
