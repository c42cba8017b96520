import { expect, test } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startBrowserHost();
});
test.afterAll(async () => host.stop());

interface Reply {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}
const replyOf = async (response: Response) => (await response.json()) as Reply;

const callApi = (operation: string, input: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.origin}/api/${operation}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${host.token}`,
      ...headers,
    },
    body: JSON.stringify(input),
  });

test('sign in with a demo identity, see the demo banner, sign out, find both in the access log', async ({
  page,
}) => {
  await page.goto(host.url);
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Aanmelden' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/signin-nl.png', fullPage: true });

  await page.locator('[data-identity="hap-huisarts"]').click();
  await expect(page.getByTestId('session')).toContainText('de Vries');
  await expect(page.getByTestId('session')).toContainText('HAP');
  await expect(page.getByRole('heading', { name: 'Geen patiënt geopend' })).toBeVisible();
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/patient-empty-nl.png', fullPage: true });

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByRole('heading', { name: 'Aanmelden' })).toBeVisible();

  // Someone else sees only their own recent actions through the contract, not the GP's.
  const signIn = await replyOf(await callApi('signInDemo', { identityId: 'seh-arts' }));
  expect(signIn.ok).toBe(true);
  const own = await replyOf(await callApi('accessLogRecent', { limit: 10 }));
  expect(own.ok).toBe(true);
  expect(
    (own.value as { eventType: string; actorUzi: string }[]).map(
      (e) => `${e.eventType}:${e.actorUzi}`,
    ),
  ).toEqual(['sign-in:900020002']);
  await callApi('signOut', {});

  // The log manager reads the GP's trail.
  await callApi('signInDemo', { identityId: 'privacy-officer' });
  const result = await replyOf(
    await callApi('accessLogSearch', { personUzi: '900010001', limit: 10 }),
  );
  expect(result.ok).toBe(true);
  const entries = (result.value as { entries: { eventType: string; actorUzi: string }[] }).entries;
  const events = entries.map((e) => `${e.eventType}:${e.actorUzi}`);
  expect(events).toEqual(expect.arrayContaining(['sign-in:900010001', 'sign-out:900010001']));
  expect(events.indexOf('sign-out:900010001')).toBeLessThan(events.indexOf('sign-in:900010001'));
  await callApi('signOut', {});
});

test('the English switch translates the sign-in screen', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: 'test-results/screens/signin-en.png', fullPage: true });
});

test('the host refuses a request without the token and one with a foreign Host header', async () => {
  const noToken = await fetch(`${host.origin}/api/appInfo`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  expect(noToken.status).toBe(401);

  const wrongToken = await callApi('appInfo', {}, { Authorization: 'Bearer not-the-token' });
  expect(wrongToken.status).toBe(401);

  // fetch() will not forge Host; a raw request does.
  const { request } = await import('node:http');
  const port = Number(new URL(host.origin).port);
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/appInfo',
        method: 'POST',
        headers: {
          Host: `evil.example:${port}`,
          Authorization: `Bearer ${host.token}`,
          'Content-Type': 'application/json',
        },
      },
      (res) => resolve(res.statusCode ?? 0),
    );
    req.on('error', reject);
    req.end('{}');
  });
  expect(status).toBe(421);

  const foreignOrigin = await callApi('appInfo', {}, { Origin: 'http://evil.example' });
  expect(foreignOrigin.status).toBe(403);

  const good = await callApi('appInfo', {});
  expect((await replyOf(good)).ok).toBe(true);
});

test('invalid input is refused with VALIDATION', async () => {
  const result = await replyOf(await callApi('accessLogRecent', { limit: 'all' }));
  expect(result).toEqual({
    ok: false,
    error: { code: 'VALIDATION', message: expect.stringContaining('limit') },
  });
});
