import { expect, test, type Page } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import { applyScenario, openPanel } from './support/trainer';
import {
  callApi,
  expectNoAxeViolations,
  openPatient,
  patients,
  section,
  signIn,
  switchLanguage,
} from './support/workflow';

/**
 * Issue 16 point 11, the trainer's side: scenario faults in the switch table, the switchpoint log
 * in the app's language, a consent editor per patient and source, everything inside the 600 px
 * dock, and a polypharmacy scenario whose flags appear on the clinician's screen.
 */
let host: RunningHost;
let page: Page;
// The guide's pictures are refreshed only on request (SCHAKEL_UPDATE_DOCS=1): a run leaves the tree clean.
const shotDir = process.env.SCHAKEL_UPDATE_DOCS === '1' ? 'docs/training' : 'test-results/trainer';

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.beforeAll(async ({ browser }) => {
  host = await startBrowserHost();
  page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await signIn(page, host, 'hap-huisarts');
});
test.afterAll(async () => {
  await page?.context().close();
  await host?.stop();
});

const panel = () => page.getByTestId('trainer-panel');
const GP_AMSTELVEEN = '90004001';
const THEME_NL = ['Nachtweergave', 'Dagweergave'] as const;
const THEME_EN = ['Night view', 'Day view'] as const;

test('the switch table shows the faults a scenario gives one patient at a source', async () => {
  await applyScenario(page, 'pharmacy-timeout'); // Bakker: Apotheek Uithoorn does not answer for her
  const uithoorn = page.getByTestId('trainer-source-apo-uithoorn');
  // Source-wide the pharmacy answers; the case makes it time out for this one patient.
  await expect(page.getByTestId('trainer-failure-apo-uithoorn')).toHaveValue('none');
  const fault = uithoorn.locator(`[data-testid="trainer-patient-fault-apo-uithoorn"]`);
  await expect(fault).toHaveCount(1);
  await expect(fault).toHaveAttribute('data-bsn', patients.bakker);
  await expect(fault).toHaveAttribute('data-failure', 'timeout');
  await expect(fault).toHaveAttribute('data-active', 'true');
  await expect(fault).toContainText('antwoordt niet (time-out)');
  await expect(fault).toContainText('dit scenario');
  // Another case's fault is listed too, but not as this scenario's.
  const vermeulen = panel().locator(
    `[data-testid^="trainer-patient-fault-"][data-bsn="${patients.vermeulen}"]`,
  );
  await expect(vermeulen).toHaveAttribute('data-failure', 'error');
  await expect(vermeulen).not.toHaveAttribute('data-active', 'true');
  // A source-wide failure wins over the case's; the table says so.
  await page.getByTestId('trainer-failure-apo-uithoorn').selectOption('error');
  await expect(fault).toContainText('nu overschreven');
  await page.getByTestId('trainer-failure-apo-uithoorn').selectOption('none');
  await expect(fault).not.toContainText('nu overschreven');
});

test('the consent editor changes what the clinician finds at the next consent check', async () => {
  await page.getByTestId('trainer-close').click();
  await openPatient(page, patients.jansen);
  await expect(page.getByTestId(`consent-source-${GP_AMSTELVEEN}`)).toHaveAttribute(
    'data-consent',
    'consent',
  );
  await openPanel(page); // the active scenario (Bakker) is still the editor's starting patient
  await expect(page.getByTestId('trainer-consent-patient')).toHaveValue(patients.bakker);
  await page.getByTestId('trainer-consent-patient').selectOption(patients.jansen);
  const gp = page.getByTestId('trainer-consent-hap-gp-amstelveen');
  await expect(gp).toHaveAttribute('data-state', 'consent');
  await page.getByTestId('trainer-consent-select-hap-gp-amstelveen').selectOption('objection');
  await expect(gp).toHaveAttribute('data-state', 'objection');
  await expect(gp).toHaveAttribute('data-changed', 'true');
  // The refreshed state does not take the trainer's pick away.
  await expect(page.getByTestId('trainer-consent-patient')).toHaveValue(patients.jansen);
  await expect(page.getByTestId('trainer-consent-status')).toContainText('opnieuw');

  // The trainee opens the patient again (the panel stays docked): the objection holds.
  await openPatient(page, patients.jansen);
  const consent = page.getByTestId(`consent-source-${GP_AMSTELVEEN}`);
  await expect(consent).toHaveAttribute('data-consent', 'objection');
  await expect(consent.getByRole('alert')).toContainText('bezwaar');
  await expect(section(page, 'summary')).toHaveAttribute('data-state', 'not-requested');

  // Back to the case: consent again at the next check.
  await page.getByTestId('trainer-consent-back').click();
  await expect(gp).toHaveAttribute('data-changed', 'false');
  await expect(gp).toHaveAttribute('data-state', 'consent');
  await expect(page.getByTestId('trainer-consent-back')).toHaveCount(0);
  await openPatient(page, patients.jansen);
  await expect(consent).toHaveAttribute('data-consent', 'consent');

  // By keyboard: the choice changes with an arrow key and the focus stays on it while it is sent;
  // "Terug naar de casus" hands the focus to the patient choice when it goes.
  const select = page.getByTestId('trainer-consent-select-apo-linde');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('trainer-consent-apo-linde')).toHaveAttribute(
    'data-changed',
    'true',
  );
  await expect(select).toBeFocused();
  await page.getByTestId('trainer-consent-back').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('trainer-consent-back')).toHaveCount(0);
  await expect(page.getByTestId('trainer-consent-patient')).toBeFocused();
});

test('the demo control API validates a consent change (zod) and names unknown sources', async () => {
  const bad = [
    { action: 'setConsent', bsn: '12', sourceId: 'hap-gp-amstelveen', state: 'objection' },
    { action: 'setConsent', bsn: patients.jansen, sourceId: 'hap-gp-amstelveen', state: 'maybe' },
    { action: 'setConsent', bsn: patients.jansen, sourceId: 'apo-nergens', state: 'objection' },
    { action: 'setConsent', bsn: patients.jansen, sourceId: 'hap-gp-amstelveen' },
  ];
  for (const input of bad) {
    const reply = await callApi(host, 'demoControl', input);
    expect(reply.ok, JSON.stringify(input)).toBe(false);
    expect(reply.error?.code, JSON.stringify(input)).toBe('VALIDATION');
  }
  const good = await callApi<{ consentOverrides: unknown[] }>(host, 'demoControl', {
    action: 'setConsent',
    bsn: patients.jansen,
    sourceId: 'apo-zuid',
    state: 'no-choice',
  });
  expect(good.ok).toBe(true);
  expect(good.value?.consentOverrides).toEqual([
    { bsn: patients.jansen, sourceId: 'apo-zuid', state: 'no-choice' },
  ]);
  await callApi(host, 'demoControl', {
    action: 'setConsent',
    bsn: patients.jansen,
    sourceId: 'apo-zuid',
    state: null,
  });
});

/** Axe over the whole screen, panel docked, in the night theme; then back to the day theme. */
async function axeInDarkTheme(language: 'nl' | 'en'): Promise<void> {
  const [dark, light] = language === 'nl' ? THEME_NL : THEME_EN;
  await page.getByRole('button', { name: dark }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page, `trainer panel (${language}, dark)`);
  await page.getByRole('button', { name: light }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
}

/** Text of the log table, for checks that no simulator code shows where a word is meant. */
const logText = () => page.getByTestId('trainer-log').innerText();
const RAW_CODE = /\b[A-Z]{3,}_[A-Z_]+\b|\b(?:locum-report|no-choice)\b/;

test('the switchpoint log reads in the app language, in Dutch and in English', async () => {
  // Bakker, under the scenario still active: one pharmacy does not answer in time.
  await openPatient(page, patients.bakker);
  await expect(section(page, 'medication')).toHaveAttribute('data-state', 'done', {
    timeout: 15_000,
  });
  await openPanel(page);
  const entries = page.getByTestId('trainer-log-entry');
  await expect(entries.first()).toBeVisible();
  const summary = page.locator('[data-testid="trainer-log-entry"][data-category="summary"]');
  await expect(summary.first().getByTestId('trainer-log-category')).toHaveText(
    'Waarneemsamenvatting',
  );
  await expect(summary.first().getByTestId('trainer-log-outcome')).toHaveText('beantwoord');
  // Bakker's pharmacy, in words (the panel refreshes its view of the log while open).
  await expect(page.getByTestId('trainer-log')).toContainText('niet op tijd (time-out)', {
    timeout: 15_000,
  });
  const nl = await logText();
  expect(nl).not.toMatch(RAW_CODE);
  expect(nl).not.toMatch(/\b(?:summary|medication|answered|refused|timeout)\b/);
  expect(nl).toMatch(/\d{2}:\d{2}:\d{2}/);
  await expectNoAxeViolations(page, 'trainer panel (nl)');
  await axeInDarkTheme('nl');

  await switchLanguage(page, 'en');
  await expect(summary.first().getByTestId('trainer-log-category')).toHaveText(
    'Professional summary',
  );
  await expect(summary.first().getByTestId('trainer-log-outcome')).toHaveText('answered');
  const en = await logText();
  expect(en).not.toMatch(RAW_CODE);
  expect(en).not.toMatch(/\b(?:beantwoord|geweigerd|Waarneemsamenvatting)\b/);
  expect(en).toContain('not in time (timeout)');
  await expect(page.getByRole('heading', { name: 'Consent per patient and source' })).toBeVisible();
  await expectNoAxeViolations(page, 'trainer panel (en)');
  await axeInDarkTheme('en');
  await switchLanguage(page, 'nl');
});

test('the docked panel fits its 600 px without sideways scrolling, in both languages', async () => {
  // A locum report for the patient on screen, so the GP inbox table is in the panel too.
  const now = Date.now();
  const sent = await callApi(host, 'locumReportSend', {
    bsn: patients.bakker,
    draftId: '1b7f4c55-9a3e-4d61-8f2b-3c1d2e4f5a6c',
    draft: {
      contactType: {
        code: '04',
        codeSystem: '2.16.840.1.113883.2.4.4.30.14',
        display: 'Telefonisch',
      },
      start: new Date(now - 20 * 60_000).toISOString(),
      end: new Date(now - 10 * 60_000).toISOString(),
      lines: [
        { type: 'S', text: 'Benauwd sinds vannacht' },
        { type: 'E', text: 'Astma-exacerbatie' },
        { type: 'P', text: 'Prednisolon, morgen terugbellen' },
      ],
      icpc: [{ code: 'R96', display: 'Astma' }],
      episodeProposal: { title: 'Astma-exacerbatie met een lange omschrijving', icpc: 'R96' },
      medication: [],
      handOverNote: null,
      followUp: null,
    },
  });
  expect(sent.ok, JSON.stringify(sent.error)).toBe(true);
  await openPanel(page);
  await expect(page.getByTestId('trainer-inbox-item').first()).toBeVisible({ timeout: 15_000 });
  const box = await panel().boundingBox();
  expect(box?.width).toBe(600);
  for (const language of ['nl', 'en'] as const) {
    await switchLanguage(page, language);
    await expect(page.getByTestId('trainer-log-entry').first()).toBeVisible();
    const sizes = await panel().evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
      // No child reaching past the panel's right edge either (overflow hidden would hide it).
      widest: Math.max(
        ...Array.from(el.querySelectorAll('*'), (c) => c.getBoundingClientRect().right),
      ),
      right: el.getBoundingClientRect().right,
    }));
    expect(sizes.scrollWidth, language).toBeLessThanOrEqual(sizes.clientWidth);
    expect(sizes.widest, language).toBeLessThanOrEqual(sizes.right + 0.5);
  }
  await switchLanguage(page, 'nl');
});

test('polypharmacy teaches what it claims: duplicate, overlap and high risk are flagged', async () => {
  await applyScenario(page, 'polypharmacy');
  await expect(page.getByTestId('trainer-teaches')).toContainText('gemarkeerd als dubbel');
  await expect(page.getByTestId('trainer-teaches')).toContainText('overlappende gebruiksperiode');
  await page.getByTestId('trainer-close').click();
  await openPatient(page, '999990068');
  const medication = section(page, 'medication');
  await expect(medication).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  const lines = medication.getByTestId('medication-line');
  const omeprazol = lines.filter({ hasText: 'OMEPRAZOL' });
  await expect(omeprazol).toHaveCount(2);
  for (const row of await omeprazol.all()) {
    await expect(row).toHaveAttribute('data-flag', 'duplicate');
    await expect(row).toContainText('Dubbel, ook bij Apotheek');
  }
  const furosemide = lines.filter({ hasText: 'FUROSEMIDE' });
  await expect(furosemide).toHaveCount(2);
  for (const row of await furosemide.all()) {
    await expect(row).toHaveAttribute('data-flag', 'overlap');
    await expect(row).toContainText('Overlappende gebruiksperiode');
  }
  await expect(
    lines.filter({ hasText: 'ACENOCOUMAROL' }).getByTestId('high-risk').first(),
  ).toContainText('Hoog risico');
  await expect(medication).toContainText(
    'Let op: 4 regel(s) met dubbele of overlappende medicatie',
  );
});

test('screenshot: the panel docked beside the patient at 1440×900', async () => {
  await openPanel(page);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: `${shotDir}/trainer-docked-1440x900.png` });
  await page.getByTestId('trainer-source-apo-uithoorn').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shotDir}/trainer-docked-sources.png` });
  await page.getByTestId('trainer-consent-select-apo-zuid').selectOption('objection');
  await expect(page.getByTestId('trainer-consent-apo-zuid')).toHaveAttribute(
    'data-changed',
    'true',
  );
  await page.getByTestId('trainer-consent-patient').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shotDir}/trainer-docked-consent.png` });
  await page.getByTestId('trainer-log').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shotDir}/trainer-docked-log.png` });
  await callApi(host, 'demoControl', { action: 'reset' });
});
