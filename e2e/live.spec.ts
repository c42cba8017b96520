import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import { callApi, openPatient, patients, section } from './support/workflow';

/**
 * Live mode against the acceptance LSP (its own PKI) on loopback, with a SoftHSM2 card: sign in
 * with the PIN, open a patient, the summary arrives through a card-signed token; pull the card
 * and the screen goes back to the sign-in.
 */
const LABEL = 'UZI-pas e2e';
const PIN = '975310';
let dataDir: string;
let lsp: ChildProcess;
let host: RunningHost;
let softhsmConf: string;
test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'schakel-e2e-live-'));
  const env = { ...process.env, SCHAKEL_DATA_DIR: dataDir };
  lsp = spawn('npx', ['tsx', 'electron/demo/main.ts', '--acceptance', '--latency', '0'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`acceptance LSP did not start: ${out}`)),
      30_000,
    );
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      if (/live configuration for this LSP/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    lsp.stdout?.on('data', read);
    lsp.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  });
  copyFileSync(
    join(dataDir, 'acceptance', 'live-config.example.json'),
    join(dataDir, 'live-config.json'),
  );
  softhsmConf = execFileSync('npx', ['tsx', 'e2e/support/liveCard.ts', dataDir, LABEL, PIN], {
    env,
  })
    .toString()
    .trim();
  host = await startBrowserHost({
    SCHAKEL_MODE: 'live',
    SCHAKEL_DATA_DIR: dataDir,
    SOFTHSM2_CONF: softhsmConf,
  });
});

test.afterAll(async () => {
  await host?.stop();
  lsp?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
  if (softhsmConf) rmSync(dirname(softhsmConf), { recursive: true, force: true });
});

test('live: sign in with the card and PIN, the summary arrives, the idle lock asks the PIN again, pulling the card locks the screen', async ({
  page,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Aanmelden met uw UZI-pas' })).toBeVisible();
  await expect(page.getByTestId('card')).toContainText('dr. A.M. de Vries · UZI 900010001');
  await expect(page.locator('[data-identity]')).toHaveCount(0); // no demo identities in live

  await page.getByLabel('PIN-code van de pas').fill('000000');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByTestId('signin-error')).toBeVisible();
  await expect(page.getByTestId('pin-state')).toBeVisible();

  await page.getByLabel('PIN-code van de pas').fill(PIN);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { name: 'Geen patiënt geopend' })).toBeVisible();

  await openPatient(page, patients.jansen);
  const summary = section(page, 'summary');
  await expect(summary).toHaveAttribute('data-state', 'done', { timeout: 20_000 });

  // The idle lock (here set by the services' own lock) opens only with the PIN of the pass again.
  expect((await callApi(host, 'sessionLock', {})).ok).toBe(true);
  await page.getByTestId('bsn-input').fill(patients.jansen);
  await page.getByTestId('bsn-input').press('Enter');
  const pin = page.getByTestId('lock-pin');
  await expect(pin).toBeFocused({ timeout: 10_000 });
  await expect(page.getByRole('button', { name: 'Ontgrendelen' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await pin.press('Enter');
  await expect(page.getByTestId('idle-lock')).toBeVisible(); // no PIN, still locked
  await pin.fill('000000');
  await pin.press('Enter');
  await expect(page.getByTestId('lock-refused')).toBeVisible();
  await expect(page.getByTestId('idle-lock')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/live-lock-pin.png' });
  await pin.fill(PIN);
  await pin.press('Enter');
  await expect(page.getByTestId('idle-lock')).toHaveCount(0);
  await expect(page.getByTestId('bsn-input')).toBeVisible();

  execFileSync('softhsm2-util', ['--delete-token', '--token', LABEL], {
    env: { ...process.env, SOFTHSM2_CONF: softhsmConf },
  });
  await expect(page.getByRole('heading', { name: 'Aanmelden met uw UZI-pas' })).toBeVisible({
    timeout: 10_000,
  });
  await expect(page.getByTestId('patient-banner')).toHaveCount(0);
});
