import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { startBrowserHost, type RunningHost } from './host';
import { applyScenario, openPanel } from './support/trainer';

/**
 * Training mode (issue 9): the trainer panel applies scenarios to the embedded simulator, and the
 * clinician's screen shows what each scenario teaches. Screenshots go to test-results/training/;
 * `SCHAKEL_UPDATE_DOCS=1 npx playwright test e2e/training.spec.ts` refreshes the guide's copies in
 * docs/training/ (so an ordinary test run leaves the work tree clean).
 */
let host: RunningHost;
let page: Page;
let signedInAs: string | null = null;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
  host = await startBrowserHost();
  const context = await browser.newContext();
  page = await context.newPage();
  await page.goto(host.url);
  await expect(page.getByTestId('demo-banner')).toBeVisible();
});
test.afterAll(async () => {
  await page?.context().close();
  await host?.stop();
});

const shotDir = process.env.SCHAKEL_UPDATE_DOCS === '1' ? 'docs/training' : 'test-results/training';
const shot = (name: string) => page.screenshot({ path: `${shotDir}/${name}.png` });

async function closePanel(): Promise<void> {
  await page.getByTestId('trainer-close').click();
  await expect(page.getByTestId('trainer-panel')).toBeHidden();
}

async function signInAs(identity: string): Promise<void> {
  if (signedInAs === identity) return;
  if (signedInAs !== null) await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.locator(`[data-identity="${identity}"]`).click();
  await expect(page.getByTestId('session')).toBeVisible();
  signedInAs = identity;
}

/** The whole trainee step: scenario from the panel, sign in as suggested, type the BSN. */
async function play(id: string): Promise<string> {
  const { bsn, identity } = await applyScenario(page, id);
  await closePanel();
  await signInAs(identity);
  const input = page.getByTestId('bsn-input');
  await input.fill(bsn);
  await input.press('Enter');
  return bsn;
}

const consentOf = (ura: string) => page.getByTestId(`consent-source-${ura}`);
const GP_AMSTELVEEN = '90004001';
const GP_UITHOORN = '90004002';
const GP_HAARLEM = '90004003';

test('the trainer panel opens with Ctrl+Shift+T, is accessible, and lists at least 16 scenarios', async () => {
  await page.keyboard.press('Control+Shift+T');
  await expect(page.getByTestId('trainer-panel')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Trainerpaneel (demo)' })).toBeFocused();
  await expect(page.getByTestId('trainer-scenario-select')).toBeVisible();
  expect(
    await page.getByTestId('trainer-scenario-select').locator('option').count(),
  ).toBeGreaterThanOrEqual(16);
  const axe = await new AxeBuilder({ page }).include('[data-testid="trainer-panel"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('trainer-panel')).toBeHidden();
  await expect(page.getByTestId('trainer-open')).toBeFocused();
});

test('objection at the GP: a hard stop for the GP, medication still arrives', async () => {
  await play('gp-objection');
  await expect(consentOf(GP_AMSTELVEEN)).toHaveAttribute('data-consent', 'objection');
  await expect(consentOf(GP_AMSTELVEEN).getByRole('alert')).toContainText('bezwaar');
  await expect(consentOf(GP_AMSTELVEEN).locator('li[data-category="summary"]')).toHaveAttribute(
    'data-allowed',
    'false',
  );
  await expect(page.getByTestId('summary-section')).toHaveAttribute('data-state', 'not-requested');
  await expect(page.getByTestId('medication-section')).toHaveAttribute('data-state', 'done');
  await shot('scenario-gp-objection');
});

test('crisis regime and no choice: the verbal question appears', async () => {
  await play('crisis-verbal');
  await expect(page.getByTestId('verbal-consent')).toBeVisible();
  await expect(page.getByTestId('summary-section')).toHaveAttribute('data-state', 'not-requested');
  await shot('scenario-crisis-verbal');
  // The same patient without the crisis regime: no question, closed.
  await play('no-choice-no-crisis');
  await expect(page.getByTestId('verbal-consent')).toHaveCount(0);
  await expect(consentOf(GP_UITHOORN)).toHaveAttribute('data-consent', 'no-choice');
  await expect(consentOf(GP_UITHOORN).locator('li[data-category="summary"]')).toHaveAttribute(
    'data-allowed',
    'false',
  );
});

test('three pharmacies, one times out: the source says so and the list is partial', async () => {
  await play('pharmacy-timeout');
  await expect(page.getByTestId('medication-section')).toHaveAttribute('data-state', 'done', {
    timeout: 15_000,
  });
  await expect(page.locator('[data-testid^="source-status-"][data-status="timeout"]')).toHaveCount(
    1,
  );
  await expect(page.getByTestId('medication-partial')).toBeVisible();
  await shot('scenario-pharmacy-timeout');
});

test('GP system down: the summary source is unreachable, medication arrives', async () => {
  await play('gp-down');
  await expect(page.getByTestId(`source-status-${GP_UITHOORN}`)).toHaveAttribute(
    'data-status',
    'unreachable',
    { timeout: 15_000 },
  );
  await expect(page.getByTestId('medication-section')).toHaveAttribute('data-state', 'done');
});

test('treatment limit: do not resuscitate, no admission — at the top', async () => {
  await play('treatment-limit');
  await expect(page.getByTestId('treatment-limits')).toHaveAttribute('data-state', 'present', {
    timeout: 15_000,
  });
  await expect(page.getByTestId('treatment-limits')).toContainText(/ziekenhuisopname/i);
  await expect(page.getByTestId('treatment-limit').first()).toBeVisible();
  await expect(page.getByTestId('treatment-limits')).toContainText(/reanimeren/i);
  await shot('scenario-treatment-limit');
});

test('severe penicillin allergy: the banner says "known"', async () => {
  await play('penicillin-allergy');
  await expect(page.getByTestId('allergy-state')).toHaveAttribute('data-form', 'known', {
    timeout: 15_000,
  });
  await expect(page.getByTestId('allergy-state')).toContainText(/penicilline/i);
  await shot('scenario-penicillin-allergy');
});

test('SEH physician: medication yes, the GP summary refused with the reason', async () => {
  await play('seh');
  const summary = consentOf(GP_AMSTELVEEN).locator('li[data-category="summary"]');
  await expect(summary).toHaveAttribute('data-allowed', 'false');
  await expect(summary).toContainText('crisisregeling');
  await expect(page.getByTestId('medication-section')).toHaveAttribute('data-state', 'done');
  await shot('scenario-seh');
});

test('region regime: a Haarlem practice is outside the region', async () => {
  await play('region');
  const summary = consentOf(GP_HAARLEM).locator('li[data-category="summary"]');
  await expect(summary).toHaveAttribute('data-allowed', 'false');
  await expect(summary).toContainText('buiten uw LSP-regio');
  await shot('scenario-region');
});

test('a patient unknown to the index: no sources found, which is not a refusal', async () => {
  await play('unknown-patient');
  await expect(page.getByTestId('consent-none')).toBeVisible();
  await expect(page.getByTestId('consent-none')).toContainText('niet dat de patiënt');
});

test('the trainer sees the LSP log, switches regimes and sources, and resets in one action', async () => {
  await openPanel(page);
  await expect(page.getByTestId('trainer-log-entry').first()).toBeVisible();
  await page.getByTestId('trainer-crisis').click();
  await page.getByTestId('trainer-failure-apo-zuid').selectOption('timeout');
  await page.getByTestId('trainer-receiver-hap-gp-amstelveen').selectOption('reject');
  await expect(page.getByTestId('trainer-crisis')).toBeChecked();
  await expect(page.getByTestId('trainer-failure-apo-zuid')).toHaveValue('timeout');
  await expect(page.getByTestId('trainer-receiver-hap-gp-amstelveen')).toHaveValue('reject');
  await page.setViewportSize({ width: 1280, height: 1400 });
  await shot('trainer-panel');
  await page.setViewportSize({ width: 1280, height: 860 });

  await page.getByTestId('trainer-reset').click();
  await expect(page.getByTestId('trainer-reset-status')).toContainText('beginstand');
  await expect(page.getByTestId('trainer-crisis')).not.toBeChecked();
  await expect(page.getByTestId('trainer-failure-apo-zuid')).toHaveValue('none');
  await expect(page.getByTestId('trainer-receiver-hap-gp-amstelveen')).toHaveValue('accept');
  await expect(page.getByTestId('trainer-log-empty')).toBeVisible();
  await expect(page.getByTestId('trainer-inbox-empty')).toBeVisible();
  await expect(page.getByTestId('trainer-active')).toHaveCount(0);
});

test('on paper the DEMO watermark prints, the trainer panel does not', async () => {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('demo-watermark')).toBeVisible();
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await expect(page.getByTestId('trainer-panel')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('demo-watermark')).toBeHidden();
});

test('demoState over the host: switches, sources, patients, scenarios, log and inboxes', async () => {
  const reply = (await (
    await fetch(`${host.origin}/api/demoState`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: '{}',
    })
  ).json()) as {
    ok: boolean;
    value: {
      scenario: { crisisRegime: boolean };
      sources: { id: string; ura: string }[];
      patients: { teaches: { nl: string } }[];
      scenarios: unknown[];
      lspLog: unknown[];
      inbox: unknown[];
    };
  };
  expect(reply.ok).toBe(true);
  expect(reply.value.scenario.crisisRegime).toBe(false);
  expect(reply.value.sources.map((s) => s.ura)).toContain(GP_AMSTELVEEN);
  expect(reply.value.patients.length).toBeGreaterThanOrEqual(16);
  expect(reply.value.scenarios.length).toBeGreaterThanOrEqual(16);
  expect(reply.value.lspLog).toEqual([]); // just reset
  expect(reply.value.inbox).toEqual([]);
});
