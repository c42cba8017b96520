import { expect, test } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import {
  checkScreen,
  logFor,
  openPatient,
  patients,
  recentLog,
  section,
  signIn,
} from './support/workflow';

/** Who asks matters: the SEH physician outside the crisis regime, the triagist under the GP. */
let host: RunningHost;
test.beforeAll(async () => {
  host = await startBrowserHost();
});
test.afterAll(async () => host.stop());

const lastLogId = async () => Math.max(0, ...(await recentLog(host, 5)).map((e) => e.id));

test('SEH physician: medication yes, the GP summary refused with the reason (no crisis regime)', async ({
  page,
}) => {
  await signIn(page, host, 'seh-arts');
  await expect(page.getByTestId('session')).toContainText('SEH');
  const before = await lastLogId();
  await openPatient(page, patients.peters);

  const panel = page.getByTestId('consent-panel');
  const gp = panel
    .locator('[data-testid^="consent-source-"]')
    .filter({ hasText: 'Huisartspraktijk' });
  await expect(gp).toHaveAttribute('data-consent', 'consent');
  const summaryVerdict = gp.locator('li[data-category="summary"]');
  await expect(summaryVerdict).toHaveAttribute('data-allowed', 'false');
  await expect(summaryVerdict).toContainText('alleen beschikbaar onder de crisisregeling');

  const summary = section(page, 'summary');
  await expect(summary).toHaveAttribute('data-state', 'not-requested');
  const medication = section(page, 'medication');
  await expect(medication).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect(medication.getByTestId('medication-table')).toContainText(/ACENOCOUMAROL/i);
  await checkScreen(page, 'seh-physician');

  await page.waitForTimeout(500);
  const log = (await recentLog(host)).filter(
    (e) => e.id > before && e.patientBsn === patients.peters,
  );
  expect(log.map((e) => `${e.eventType}:${e.outcome}`)).toEqual(
    expect.arrayContaining(['patient-search:success', 'medication-query:success']),
  );
  expect(log.filter((e) => e.eventType === 'summary-query' && e.outcome !== 'refused')).toEqual([]);
  expect(log.every((e) => e.actorUzi === '900020002')).toBe(true);
});

test('triagist under the GP: the lookup works and the responsible GP is shown and logged', async ({
  page,
}) => {
  await signIn(page, host, 'triagist');
  const session = page.getByTestId('session');
  await expect(session).toContainText('Mirjam');
  await expect(session).toContainText('Onder verantwoordelijkheid van dr. A.M. (Anna) de Vries');
  const before = await lastLogId();
  await openPatient(page, patients.vermeulen);

  const summary = section(page, 'summary');
  const medication = section(page, 'medication');
  await expect(summary).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect(medication).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  // One pharmacy reports an error: named, and the list says it may be incomplete.
  const rows = medication.locator('[data-testid^="source-status-"]');
  await expect(rows.filter({ hasText: 'Apotheek Amstelveen-Zuid' })).toHaveAttribute(
    'data-status',
    'unreachable',
  );
  await expect(rows.filter({ hasText: 'Apotheek De Linde' })).toHaveAttribute('data-status', 'ok');
  await expect(medication.getByTestId('medication-partial')).toContainText(
    'Apotheek Amstelveen-Zuid',
  );
  await checkScreen(page, 'triagist');

  const records = (await logFor(host, patients.vermeulen)).filter((r) => r.id > before);
  const queries = records.filter((r) =>
    ['patient-search', 'summary-query', 'medication-query'].includes(r.eventType),
  );
  // One medication entry per pharmacy as it answered (issue 16 §5).
  expect([...new Set(queries.map((r) => r.eventType))].sort()).toEqual([
    'medication-query',
    'patient-search',
    'summary-query',
  ]);
  for (const r of queries) {
    expect(r.actorUzi).toBe('900030003');
    expect(r.responsibleUzi).toBe('900010001');
  }
});

test('no choice outside the crisis regime: the consent panel says why, nothing is requested', async ({
  page,
}) => {
  await signIn(page, host, 'hap-huisarts');
  await openPatient(page, patients.deBoer);
  const panel = page.getByTestId('consent-panel');
  await expect(panel.locator('[data-consent="no-choice"]')).toHaveCount(2);
  await expect(panel).toContainText('ook niet in een spoedsituatie');
  await expect(page.getByTestId('verbal-consent')).toHaveCount(0);
  await expect(section(page, 'summary')).toHaveAttribute('data-state', 'not-requested');
  await expect(section(page, 'medication')).toHaveAttribute('data-state', 'not-requested');
  await checkScreen(page, 'patient-consent');
});
