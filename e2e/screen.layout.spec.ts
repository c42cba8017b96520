import { expect, test, type Page } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import { expectNoAxeViolations, patients, section, switchLanguage } from './support/workflow';
import {
  coveredLastColumnCells,
  dockTrainer,
  overflowOf,
  pageOverflow,
  openAnswered,
  wrappedNumbers,
} from './support/layout';

/**
 * Issue 16 point 6: the first screen is clinical. The medication table fits its column (at both
 * laptop sizes and with the trainer docked beside it) and nothing floats over its last column;
 * the timeline uses its whole width; dates never wrap; consent is a compact line per source; the
 * header stays one line.
 */
let host: RunningHost;
test.describe.configure({ timeout: 120_000 });
test.beforeAll(async () => {
  host = await startBrowserHost();
});
test.afterAll(async () => host.stop());

const polypharmacy = '999990068'; // De Groot: two pharmacies, signals under the medicines

/** Signs in afresh (a new page: the trainer panel starts closed) and opens `bsn`. */
async function open(page: Page, width: number, height: number, bsn: string) {
  await page.setViewportSize({ width, height });
  await openAnswered(page, host, bsn);
}

/** Bottom of the sticky patient head (what scrolls under it is rightly hidden). */
const headBottom = (page: Page) =>
  page.locator('.patient__head').evaluate((e) => e.getBoundingClientRect().bottom);

async function expectTableFitsAndUncovered(page: Page, where: string) {
  const frame = page.getByTestId('medication-table-frame');
  const table = page.getByTestId('medication-table');
  const fit = await overflowOf(frame);
  expect(fit.scrollWidth, `${where}: table wider than its column`).toBeLessThanOrEqual(
    fit.clientWidth,
  );
  const win = await pageOverflow(page);
  expect(win.scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(
    win.clientWidth,
  );
  // The table's last rows at the bottom of the window, where the floating button used to sit.
  await table.evaluate((e) => e.scrollIntoView({ block: 'end' }));
  expect(await coveredLastColumnCells(table, await headBottom(page)), where).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await coveredLastColumnCells(table, 0), `${where}, top`).toEqual([]);
}

/** Header one line, the person's name readable, sign-out inside the window. */
async function expectHeaderOneLine(page: Page, where: string, signOutName: string) {
  const bar = page.locator('.shell__bar');
  const barFit = await overflowOf(bar);
  expect(barFit.scrollWidth, `${where}: header overflows`).toBeLessThanOrEqual(barFit.clientWidth);
  const barBox = await bar.boundingBox();
  expect(barBox?.height ?? 999, `${where}: header height`).toBeLessThanOrEqual(52);
  const person = await page.locator('.shell__person').boundingBox();
  expect(person?.width ?? 0, `${where}: person's name`).toBeGreaterThan(120);
  const signOut = await page.getByRole('button', { name: signOutName }).boundingBox();
  expect((signOut?.x ?? 9999) + (signOut?.width ?? 0), `${where}: sign-out`).toBeLessThanOrEqual(
    (barBox?.x ?? 0) + (barBox?.width ?? 0),
  );
}

for (const [width, height] of [
  [1440, 900],
  [1280, 720],
] as const) {
  for (const docked of [false, true]) {
    const where = `${width}×${height}${docked ? ', trainer docked' : ''}`;
    test(`medication table fits and is uncovered; timeline full width; dates whole — ${where}`, async ({
      page,
    }) => {
      for (const bsn of [patients.jansen, polypharmacy, patients.vanDijk]) {
        await open(page, width, height, bsn);
        if (docked) await dockTrainer(page);
        await expectTableFitsAndUncovered(page, `${where}, ${bsn}`);
        if (bsn === polypharmacy) {
          await switchLanguage(page, 'en');
          await expectTableFitsAndUncovered(page, `${where}, ${bsn} (en)`);
          await switchLanguage(page, 'nl');
        }

        // The timeline is drawn at its figure's full width (not a fixed-size picture scaled down).
        const figure = page.getByTestId('medication-timeline');
        const chart = page.getByTestId('medication-timeline-chart');
        const fig = await figure.evaluate((e) => e.clientWidth);
        const svg = await chart.evaluate((e) => e.getBoundingClientRect().width);
        expect(svg, `${where}, ${bsn}: timeline width`).toBeGreaterThanOrEqual(fig - 2);
        expect(svg).toBeLessThanOrEqual(fig + 1);

        // "14-11-/2026" never: a date or number is on one line.
        for (const name of ['summary', 'medication'] as const)
          expect(await wrappedNumbers(section(page, name)), `${where}, ${bsn}, ${name}`).toEqual(
            [],
          );
        expect(await wrappedNumbers(page.locator('.patient__head')), `${where}: head`).toEqual([]);

        await expectHeaderOneLine(page, where, 'Afmelden');
        if (bsn === patients.jansen) {
          await switchLanguage(page, 'en');
          await expectHeaderOneLine(page, `${where} (en)`, 'Sign out');
          await switchLanguage(page, 'nl');
        }
        // The DEMO banner with the trainer's button: one line.
        const demo = await page.locator('.demo-banner').boundingBox();
        expect(demo?.height ?? 999).toBeLessThanOrEqual(32);
        // The narrow header (wordmark gone, outbox by its counts) keeps axe at zero.
        if (bsn === patients.jansen) await expectNoAxeViolations(page, where);
      }
    });
  }
}

test('clinical data on the first screen, summary and medication side by side', async ({ page }) => {
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ] as const) {
    await open(page, width, height, patients.jansen);
    const summary = await page.getByTestId('episode').first().boundingBox();
    const medicine = await page.getByTestId('medication-line').first().boundingBox();
    expect(summary && medicine, `${width}: found`).toBeTruthy();
    if (!summary || !medicine) return;
    // Before any scroll: the first episode and the first medicine are whole in the window.
    expect(summary.y + summary.height, `${width}: episode`).toBeLessThanOrEqual(height);
    expect(medicine.y + medicine.height, `${width}: medicine`).toBeLessThanOrEqual(height);
    // Side by side: medication to the right of the summary, their tops level.
    const s = await section(page, 'summary').boundingBox();
    const m = await section(page, 'medication').boundingBox();
    expect((m?.x ?? 0) >= (s?.x ?? 0) + (s?.width ?? 0), `${width}: side by side`).toBe(true);
    expect(Math.abs((m?.y ?? 0) - (s?.y ?? 999))).toBeLessThanOrEqual(2);
  }
});

test('the head stays: banner, allergy state and treatment limits in view after a scroll, under the DEMO banner', async ({
  page,
}) => {
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ] as const) {
    await open(page, width, height, patients.vanDijk);
    await page.getByTestId('medication-table').evaluate((e) => e.scrollIntoView({ block: 'end' }));
    expect(await page.evaluate(() => window.scrollY), `${width}: scrolled`).toBeGreaterThan(300);
    const demo = await page.locator('.demo-banner').boundingBox();
    for (const id of ['patient-banner', 'allergy-state', 'treatment-limits']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box, `${width}: ${id}`).toBeTruthy();
      expect(box?.y ?? -1, `${width}: ${id} below the DEMO banner`).toBeGreaterThanOrEqual(
        (demo?.y ?? 0) + (demo?.height ?? 0) - 1,
      );
      expect((box?.y ?? 0) + (box?.height ?? 0), `${width}: ${id} in the window`).toBeLessThan(
        height / 2,
      );
    }
  }
});

test('consent: one compact line, the heading beside it; an objection stays prominent', async ({
  page,
}) => {
  await open(page, 1440, 900, patients.jansen);
  const panel = page.getByTestId('consent-panel');
  const heading = await panel.getByRole('heading', { level: 2 }).boundingBox();
  const line = await panel.getByTestId('consent-plain').locator('summary').boundingBox();
  expect(heading && line).toBeTruthy();
  if (!heading || !line) return;
  // A label beside the line, not a card heading above it; the whole panel one line high.
  expect(line.x).toBeGreaterThan(heading.x + heading.width);
  expect(Math.abs(line.y + line.height / 2 - (heading.y + heading.height / 2))).toBeLessThanOrEqual(
    6,
  );
  expect((await panel.boundingBox())?.height ?? 999).toBeLessThanOrEqual(44);
  // Expandable: the sources behind the line, each with its own state.
  await expect(panel.locator('[data-testid^="consent-source-"]').first()).toBeHidden();
  await panel.getByTestId('consent-plain').locator('summary').click();
  await expect(panel.locator('[data-testid^="consent-source-"]')).toHaveCount(4);
  await expect(panel.locator('[data-testid^="consent-source-"]').first()).toBeVisible();

  // Visser: objection at the GP. Shown open, outside the folded line, with its explanation.
  await open(page, 1440, 900, patients.visser);
  const objection = page.locator('[data-testid^="consent-source-"][data-consent="objection"]');
  await expect(objection).toHaveCount(1);
  await expect(objection).toBeVisible();
  await expect(objection.getByRole('alert')).toBeVisible();
  expect(
    await objection.evaluate((e) => e.closest('details') === null),
    'the objection is not folded away',
  ).toBe(true);
  const plainLine = page.getByTestId('consent-plain');
  await expect(plainLine).not.toHaveAttribute('open', /.*/);
  await page.screenshot({ path: 'test-results/screens/consent-objection-1440x900.png' });
});
