import { expect, type Locator, type Page } from '@playwright/test';
import type { RunningHost } from '../host';
import { openPanel } from './trainer';
import { openPatient, section, signIn } from './workflow';

/**
 * Waits until every source has answered: both sections past their pending phase (done, or not
 * requested when consent does not allow it) and no source line still loading (a screenshot or a
 * measurement taken earlier shows a screen still growing).
 */
export async function waitForAllSources(page: Page) {
  for (const name of ['summary', 'medication'] as const) {
    await expect(section(page, name)).toHaveAttribute('data-state', /./, { timeout: 20_000 });
    await expect(section(page, name)).not.toHaveAttribute('data-state', 'pending', {
      timeout: 20_000,
    });
  }
  await expect(page.locator('[data-testid^="source-status-"][data-status="loading"]')).toHaveCount(
    0,
    { timeout: 20_000 },
  );
}

/** Opens the trainer panel docked beside the clinician's screen. */
export const dockTrainer = openPanel;

/**
 * Signs in afresh as the HAP GP (signIn loads the page again: the trainer panel starts closed),
 * opens `bsn` and waits until every source has answered.
 */
export async function openAnswered(page: Page, host: RunningHost, bsn: string) {
  await signIn(page, host, 'hap-huisarts');
  await openPatient(page, bsn);
  await waitForAllSources(page);
}

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
}

/** An element's content width against its box width (content wider = it scrolls sideways). */
export const overflowOf = (locator: Locator): Promise<Overflow> =>
  locator.evaluate((e) => ({ scrollWidth: e.scrollWidth, clientWidth: e.clientWidth }));

/** The page itself: does anything make the window scroll sideways? */
export const pageOverflow = (page: Page): Promise<Overflow> =>
  page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));

/**
 * For each cell of a table's last column that lies in the window below `from` (the bottom of
 * the sticky patient head, which rightly covers what scrolls under it): the element on top at
 * nine points of the cell (corners, edges' middles, centre) must be the cell or inside it (nothing floats over it).
 * Returns the covered cells, by their text.
 */
export const coveredLastColumnCells = (table: Locator, from = 0): Promise<string[]> =>
  table.evaluate((t, from) => {
    const covered: string[] = [];
    for (const row of Array.from((t as HTMLTableElement).rows)) {
      const cell = row.cells[row.cells.length - 1];
      if (!cell) continue;
      const box = cell.getBoundingClientRect();
      const xs = [box.left + 4, box.left + box.width / 2, box.right - 4];
      const ys = [box.top + 4, box.top + box.height / 2, box.bottom - 4];
      const hidden = xs.some((x) =>
        ys.some((y) => {
          if (y < from || y >= window.innerHeight || x < 0 || x >= window.innerWidth) return false;
          const top = document.elementFromPoint(x, y);
          // null: the point is at the window's very edge (a fraction of a pixel outside it).
          return top !== null && !cell.contains(top);
        }),
      );
      if (hidden) covered.push((cell.textContent ?? '').slice(0, 40));
    }
    return covered;
  }, from);

/** Inline elements (dates, numbers) inside `root` that break over more than one line. */
export const wrappedNumbers = (root: Locator): Promise<string[]> =>
  root.evaluate((r) =>
    Array.from(r.querySelectorAll('.num'))
      .filter((e) => {
        const lines = new Set(Array.from(e.getClientRects()).map((rect) => Math.round(rect.top)));
        return lines.size > 1;
      })
      .map((e) => e.textContent ?? ''),
  );
