import { expect, test } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import { patients } from './support/workflow';
import { dockTrainer, openAnswered } from './support/layout';
import { unsafeGlyphs } from '../renderer/src/components/safeGlyphs';

/**
 * Issue 16 point 11 (icons): what is on screen uses only glyphs every platform's default font
 * draws; a status icon is an inline SVG of real size. Read from the rendered page — text nodes,
 * tooltips, placeholders and CSS generated content — for patients that show every state (consent
 * everywhere, polypharmacy with duplicate and high-risk marks, an objection, no choice, a
 * pharmacy's error), with the trainer panel open.
 */
let host: RunningHost;
test.describe.configure({ timeout: 120_000 });
test.beforeAll(async () => {
  host = await startBrowserHost();
});
test.afterAll(async () => host.stop());

/** Every piece of text the page can draw, with where it is. */
const screenTexts = () =>
  ((): { where: string; text: string }[] => {
    const out: { where: string; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('script, style')) continue;
      out.push({ where: parent.tagName.toLowerCase(), text: n.textContent ?? '' });
    }
    for (const e of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of ['title', 'placeholder'])
        if (e.hasAttribute(attribute))
          out.push({ where: `@${attribute}`, text: e.getAttribute(attribute) ?? '' });
      for (const pseudo of ['::before', '::after', '::marker']) {
        const content = getComputedStyle(e, pseudo).content;
        // Quoted strings only: "none", "normal", counters and the like are not text.
        const quoted = content.match(/"((?:[^"\\]|\\.)*)"/g);
        if (quoted) out.push({ where: pseudo, text: quoted.join('') });
      }
    }
    return out;
  })();

test('no glyph outside the safe set on the patient screen and in the trainer panel; icons are SVG', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const seen = new Set<string>();
  for (const bsn of [
    patients.jansen,
    '999990068', // De Groot: duplicates and a high-risk medicine
    patients.visser,
    patients.deBoer,
    patients.vermeulen,
  ]) {
    await openAnswered(page, host, bsn);
    const plain = page.getByTestId('consent-plain');
    if ((await plain.count()) > 0) await plain.locator('summary').click();
    await dockTrainer(page);
    const texts = await page.evaluate(screenTexts);
    expect(texts.length, bsn).toBeGreaterThan(50);
    const bad = texts.flatMap(({ where, text }) =>
      unsafeGlyphs(text).map((glyph) => `${bsn} ${where}: ${glyph} in "${text.slice(0, 60)}"`),
    );
    expect(bad).toEqual([]);
    // The status icons: SVG, drawn at a visible size.
    const icons = await page.locator('svg.icon').evaluateAll((all) =>
      all
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => ({
          icon: e.getAttribute('data-icon') ?? '',
          w: e.getBoundingClientRect().width,
        })),
    );
    expect(icons.length, bsn).toBeGreaterThan(3);
    for (const { icon, w } of icons) {
      seen.add(icon);
      expect(w, `${bsn}: icon ${icon}`).toBeGreaterThanOrEqual(8);
    }
  }
  // The states these patients show are drawn by icons, not by glyphs.
  for (const icon of ['check', 'stop', 'high-risk', 'warning'])
    expect([...seen], `icon ${icon} seen`).toContain(icon);
});
