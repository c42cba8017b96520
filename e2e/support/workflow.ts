import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import type { RunningHost } from '../host';
import { databaseFile } from '../../electron/config/dataDir';
import { createSearch } from '../../electron/services/accesslog/search';

/** Demo identities (electron/demo/identities.ts). */
export type DemoIdentityId =
  'hap-huisarts' | 'seh-arts' | 'triagist' | 'apotheker' | 'pas-niet-op-naam' | 'privacy-officer';

/** Synthetic patients (npm run cli -- demo patients). */
export const patients = {
  jansen: '999990007', // consent everywhere: GP + three pharmacies
  deBoer: '999990019', // no choice at GP and pharmacy
  visser: '999990020', // objection at the GP, consent at the pharmacy
  bakker: '999990032', // Apotheek Uithoorn times out
  vanDijk: '999990093', // the large record
  peters: '999990111', // SEH: medication yes, summary no
  vermeulen: '999990147', // triagist; one pharmacy reports an error
} as const;

export interface Reply<T = unknown> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

/** Calls `/api/<operation>` on the browser host with its token, as the renderer does. */
export async function callApi<T = unknown>(
  host: RunningHost,
  operation: string,
  input: unknown,
): Promise<Reply<T>> {
  const response = await fetch(`${host.origin}/api/${operation}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  return (await response.json()) as Reply<T>;
}

export interface LogEntry {
  id: number;
  eventType: string;
  outcome: string;
  patientBsn: string | null;
  actorUzi: string | null;
}

/** The signed-in person's own newest access-log entries (the session the page holds). */
export async function recentLog(host: RunningHost, limit = 50): Promise<LogEntry[]> {
  const reply = await callApi<LogEntry[]>(host, 'accessLogRecent', { limit });
  expect(reply.ok, JSON.stringify(reply.error)).toBe(true);
  return reply.value ?? [];
}

export interface LogRecord extends LogEntry {
  consentBasis: string | null;
  reasonCode: string | null;
  responsibleUzi: string | null;
  sources: { ura: string; status: string; count: number }[];
}

/**
 * Full records for one patient, read from the host's log file (read-only, as an auditor's tool
 * would): the clinician signed in may not read the log, only the log manager may.
 */
export function logFor(host: RunningHost, bsn: string): LogRecord[] {
  const db = new Database(databaseFile(host.dataDir, 'demo'), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    return createSearch(db)({ patientBsn: bsn, limit: 200 }).entries;
  } finally {
    db.close();
  }
}

/** Signs in through the sign-in screen; the host holds one session, so any earlier one ends first. */
export async function signIn(page: Page, host: RunningHost, identity: DemoIdentityId) {
  const out = await callApi(host, 'signOut', {});
  expect(out.ok, JSON.stringify(out.error)).toBe(true);
  // Leave the page first: a goto to the URL the app already shows may keep the old screen.
  await page.goto('about:blank');
  await page.goto(host.url);
  const pass = page.locator(`[data-identity="${identity}"]`);
  await expect(pass, 'the sign-in screen with the demo passes')
    .toBeVisible({ timeout: 15_000 })
    .catch(async (error: Error) => {
      const text = await page
        .locator('body')
        .innerText()
        .catch(() => '(no body)');
      throw new Error(`${error.message}\n--- page text ---\n${text.slice(0, 1500)}`);
    });
  await pass.click();
  await expect(page.getByTestId('bsn-input')).toBeVisible();
}

/** Types a BSN and presses Enter, then waits for the banner with that BSN. */
export async function openPatient(page: Page, bsn: string) {
  const input = page.getByTestId('bsn-input');
  await input.fill(bsn);
  await input.press('Enter');
  await expect(page.getByTestId('patient-banner')).toBeVisible();
  await expect(page.getByTestId('banner-bsn')).toContainText(
    `${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}`,
  );
}

export const section = (page: Page, name: 'summary' | 'medication') =>
  page.getByTestId(`${name}-section`);

/** Zero axe violations at WCAG 2.2 AA on the current screen. */
export async function expectNoAxeViolations(page: Page, screen: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

export const currentLanguage = async (page: Page): Promise<'nl' | 'en'> =>
  (await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'nl';

export async function switchLanguage(page: Page, to: 'nl' | 'en') {
  if ((await currentLanguage(page)) === to) return;
  await page
    .getByRole('button', { name: to === 'en' ? 'Switch to English' : 'Schakel naar Nederlands' })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', to);
}

/** Axe with zero violations, then a screenshot to test-results/screens/<screen>-<language>.png. */
export async function checkOne(page: Page, screen: string) {
  const language = await currentLanguage(page);
  await expectNoAxeViolations(page, `${screen} (${language})`);
  await page.screenshot({ path: `test-results/screens/${screen}-${language}.png`, fullPage: true });
}

/**
 * The screen in both languages: axe and a screenshot in the current one, then the same after the
 * toolbar's language switch, and back. `settle` waits for what must be visible in each language.
 */
export async function checkScreen(page: Page, screen: string, settle?: () => Promise<void>) {
  const first = await currentLanguage(page);
  const other = first === 'nl' ? 'en' : 'nl';
  await settle?.();
  await checkOne(page, screen);
  await switchLanguage(page, other);
  await settle?.();
  await checkOne(page, screen);
  await switchLanguage(page, first);
}
