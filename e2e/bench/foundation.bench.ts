import { percentile, round, type Figure } from '../../electron/bench/figure';
import { startBrowserHost } from '../host';
import { launchChromium } from './browser';

/** Foundation budgets: host ready < 1.5 s after start; renderer first paint < 500 ms. */
export default async function (): Promise<Figure[]> {
  const ready: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const host = await startBrowserHost();
    const response = await fetch(host.origin + '/');
    if (!response.ok) throw new Error('host did not serve');
    ready.push(performance.now() - t0);
    await host.stop();
  }

  const host = await startBrowserHost();
  const browser = await launchChromium();
  const paints: number[] = [];
  try {
    for (let i = 0; i < 10; i++) {
      const page = await browser.newPage();
      await page.goto(host.url);
      await page.getByTestId('demo-banner').waitFor();
      const fcp = await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      );
      paints.push(fcp);
      await page.close();
    }
  } finally {
    await browser.close();
    await host.stop();
  }
  const readyP50 = percentile(ready, 50);
  const paintP50 = percentile(paints, 50);
  return [
    {
      area: 'foundation',
      name: 'browser host ready to serve (spawn → first 200), median of 5',
      value: round(readyP50, 0),
      unit: 'ms',
      budget: '< 1500 ms',
      withinBudget: readyP50 < 1500,
    },
    {
      area: 'foundation',
      name: 'renderer first contentful paint in Chromium, median of 10',
      value: round(paintP50, 0),
      unit: 'ms',
      budget: '< 500 ms',
      withinBudget: paintP50 < 500,
    },
  ];
}
