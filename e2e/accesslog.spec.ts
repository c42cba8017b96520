import { expect, test } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startBrowserHost();
});
test.afterAll(async () => host.stop());

const callApi = async (operation: string, input: unknown) =>
  (await (
    await fetch(`${host.origin}/api/${operation}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: JSON.stringify(input),
    })
  ).json()) as { ok: boolean; value?: unknown; error?: { code: string } };

test('the chain verifies at start; only the log manager reads the log, and every look is in it', async ({
  page,
}) => {
  const integrity = await callApi('accessLogIntegrity', {});
  expect(integrity.ok).toBe(true);
  await expect
    .poll(
      async () => ((await callApi('accessLogIntegrity', {})).value as { status: string }).status,
    )
    .toBe('intact');

  // A GP at the post has no access log: no button, and the operation is refused (and logged).
  await page.goto(host.url);
  await page.locator('[data-identity="hap-huisarts"]').click();
  await expect(page.getByTestId('bsn-input')).toBeVisible();
  await expect(page.getByTestId('open-accesslog')).toHaveCount(0);
  const refused = await callApi('accessLogSearch', { limit: 10 });
  expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_AUTHORISED' } });
  await page.getByRole('button', { name: 'Afmelden' }).click();

  // The privacy officer, the organisation's log manager, starts on the log.
  await page.locator('[data-identity="privacy-officer"]').click();
  await expect(page.getByRole('heading', { name: 'Toegangslog (NEN 7513)' })).toBeVisible();
  await page.getByRole('tab', { name: 'Per medewerker' }).click();
  await page.getByLabel('UZI-nummer medewerker').fill('900010001');
  await page.getByRole('button', { name: 'Tonen' }).click();
  const table = page.getByTestId('accesslog-entries');
  await expect(table.locator('tr[data-event="sign-in"]')).toHaveCount(1);
  await expect(table.locator('tr[data-event="sign-out"]')).toHaveCount(1);
  // The GP's attempt to read the log is there, refused.
  await expect(
    table.locator('tr[data-event="access-log-view"][data-outcome="refused"]'),
  ).toHaveCount(1);
  await expect(page.getByTestId('accesslog-integrity')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/accesslog-employee-nl.png', fullPage: true });

  // The officer's own looks are in the log too, written before the answer.
  await page.getByLabel('UZI-nummer medewerker').fill('900060006');
  await page.getByRole('button', { name: 'Tonen' }).click();
  await expect(
    table.locator('tr[data-event="access-log-view"][data-outcome="success"]').first(),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Exporteren als FHIR AuditEvent' }).click();
  await expect(page.getByTestId('accesslog-export-done')).toContainText('logregels');
});

test('log operations need a session', async () => {
  await callApi('signOut', {});
  const anonymous = await callApi('accessLogSearch', { limit: 10 });
  expect(anonymous).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
});
