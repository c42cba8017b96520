import { expect, test } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import { callApi, logFor, openPatient, patients, section, signIn } from './support/workflow';

/*
 * Each source as it arrives (issue 16 §5), in Chromium against the browser host: Jansen's three
 * pharmacies answer at 50 ms, 400 ms and 2.5 s; the fast pharmacy's rows are on screen while the
 * slow one still waits (and shows "slow" after 2 s, before the ZIM's 3 s deadline).
 */
let host: RunningHost;
test.describe.configure({ timeout: 120_000 });
test.beforeAll(async () => {
  host = await startBrowserHost();
});
test.afterAll(async () => host.stop());

interface DemoSource {
  id: string;
  ura: string | null;
}

test("the fast pharmacy's rows are visible while the slow one still waits", async ({ page }) => {
  await signIn(page, host, 'hap-huisarts');
  await openPatient(page, patients.jansen);
  const medication = section(page, 'medication');
  await expect(medication).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  const rows = medication.locator('[data-testid^="source-status-"]');
  const uras = (
    await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''))
  ).map((id) => id.replace('source-status-', ''));
  expect(uras).toHaveLength(3);

  const state = await callApi<{ sources: DemoSource[] }>(host, 'demoState', {});
  const idOf = (ura: string) => state.value?.sources.find((s) => s.ura === ura)?.id ?? '';
  const [fast, middle, slow] = uras as [string, string, string];
  for (const [ura, latencyMs] of [
    [fast, 50],
    [middle, 400],
    [slow, 2_500],
  ] as const) {
    const r = await callApi(host, 'demoControl', {
      action: 'setSource',
      sourceId: idOf(ura),
      latencyMs,
    });
    expect(r.ok).toBe(true);
  }

  // Open again: the new queries run with these delays.
  const before = Math.max(0, ...logFor(host, patients.jansen).map((r) => r.id));
  await openPatient(page, patients.jansen);
  const fastRow = medication.getByTestId(`source-status-${fast}`);
  const slowRow = medication.getByTestId(`source-status-${slow}`);
  await expect(fastRow).toHaveAttribute('data-status', 'ok', { timeout: 2_000 });
  // The fast pharmacy's lines are on screen while the slow one is still waiting.
  await expect(medication.getByTestId('medication-table')).toBeVisible();
  expect(await medication.getByTestId('medication-line').count()).toBeGreaterThan(0);
  await expect(slowRow).toHaveAttribute('data-status', 'loading');
  await expect(medication).toHaveAttribute('data-state', 'pending');
  // Still no answer after 2 s: "this source is slow", before its 3 s deadline.
  await expect(slowRow.getByTestId('source-slow')).toBeVisible({ timeout: 2_400 });
  await expect(slowRow).toHaveAttribute('data-status', 'ok', { timeout: 10_000 });
  await expect(medication).toHaveAttribute('data-state', 'done');

  // Each pharmacy's access was logged once, by the service, for exactly that pharmacy.
  const logged = logFor(host, patients.jansen)
    .filter((r) => r.id > before && r.eventType === 'medication-query')
    .flatMap((r) => r.sources.map((s) => s.ura))
    .sort();
  expect(logged).toEqual([...uras].sort());

  for (const ura of uras)
    await callApi(host, 'demoControl', { action: 'setSource', sourceId: idOf(ura), latencyMs: 40 });
});
