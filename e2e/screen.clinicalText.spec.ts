import { expect, test } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import { openPatient, patients, section, signIn } from './support/workflow';

/**
 * Issue 16 points 3, 6 and 8 as a doctor reads them: a dose the pharmacy labelled differently
 * from the GP's prescription, units and numbers as a doctor writes them, dates on one line, the
 * treatment limit once, and the triagist's report under the responsible GP's name.
 */
let host: RunningHost;
test.describe.configure({ timeout: 120_000 });
test.beforeAll(async () => {
  host = await startBrowserHost();
});
test.afterAll(async () => host.stop());

const hendriks = '999990159'; // TSH 2.1 mU/l
const smit = '999990044'; // palliative, "niet reanimeren"

async function openAndWait(page: import('@playwright/test').Page, bsn: string) {
  await openPatient(page, bsn);
  for (const s of ['summary', 'medication'] as const)
    await expect(section(page, s)).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
}

test('point 3: a GP prescription and a dispense of the same medicine with different doses are flagged, each with the other dose', async ({
  page,
}) => {
  await signIn(page, host, 'hap-huisarts');
  await openAndWait(page, patients.jansen);
  const flags = page.getByTestId('medication-table').getByTestId('dose-differs');
  await expect(flags).toHaveCount(2);
  const texts = await flags.allInnerTexts();
  expect(texts.some((t) => t.includes('2 maal per dag 1 tablet'))).toBe(true);
  expect(texts.some((t) => t.includes('3 maal per dag 1 tablet'))).toBe(true);
  // Amlodipine, dispensed only, has nothing to compare with.
  const amlodipine = page.getByTestId('medication-line').filter({ hasText: /amlodipine/i });
  await expect(amlodipine.getByTestId('dose-differs')).toHaveCount(0);
});

test('point 6: units as a doctor writes them, a decimal comma in Dutch, dates on one line', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await signIn(page, host, 'hap-huisarts');
  await openAndWait(page, patients.jansen);
  const body = await page.locator('main').innerText();
  expect(body).not.toContain('mm[Hg]');
  expect(body).toMatch(/\bmmHg\b/);
  expect(body).not.toMatch(/\d{2}\/\d{2}\/\d{4}|\b[AP]M\b/);

  // Every date in the summary and medication renders on one line (no "14-11-/2026").
  const wrapped = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      const m = /\d{2}-\d{2}-\d{4}/.exec(text);
      if (!m) continue;
      const range = document.createRange();
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const tops = new Set(
        Array.from(range.getClientRects(), (r) => r).map((r) => Math.round(r.top)),
      );
      if (tops.size > 1) out.push(m[0]);
    }
    return out;
  });
  expect(wrapped).toEqual([]);

  await page.getByRole('button', { name: 'Patiënt sluiten' }).click();
  await openAndWait(page, hendriks);
  await expect(page.getByTestId('summary-measurements')).toContainText('2,1');
  await expect(page.getByTestId('summary-measurements')).not.toContainText('2.1');
});

test('point 6: the treatment limit is said once, in the banner', async ({ page }) => {
  await signIn(page, host, 'hap-huisarts');
  await openAndWait(page, smit);
  await expect(page.getByTestId('treatment-limits')).toContainText('niet reanimeren');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: 'test-results/screens/treatment-limit-once.png' });
  const body = await page.locator('body').innerText();
  expect(body.match(/NR-verklaring getekend\)/g) ?? []).toHaveLength(1);
});

test("point 8: a triagist's report names the responsible GP as its author of record", async ({
  page,
}) => {
  await signIn(page, host, 'triagist');
  await openPatient(page, patients.vermeulen);
  const report = page.getByTestId('report-section');
  await report.getByLabel('Soort contact').selectOption('03');
  await report.getByLabel(/^S –/).fill('Keelpijn sinds twee dagen.');
  await report.getByLabel(/^E –/).fill('Virale faryngitis.');
  await report.getByLabel(/^P –/).fill('Paracetamol zo nodig; terug bij koorts na drie dagen.');
  const icpc = report.getByRole('combobox', { name: 'Zoek een ICPC-code op code of woord' });
  await icpc.fill('R74');
  await expect(page.locator('#report-icpc-list [role="option"]').first()).toContainText('R74');
  await icpc.press('ArrowDown');
  await icpc.press('Enter');
  await report.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  const sender = report.getByTestId('report-preview').getByTestId('preview-sender');
  await expect(sender).toContainText('de Vries');
  await expect(sender).not.toContainText('Mirjam');
});
