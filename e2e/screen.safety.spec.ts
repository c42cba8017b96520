import { expect, test } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import {
  callApi,
  checkScreen,
  logFor,
  openPatient,
  patients,
  section,
  signIn,
} from './support/workflow';

/**
 * Issue 16, the safety points: the screen never claims what was not checked (1, 2, 4) and offers
 * only what fits the role (8, 9). Crisis regime on for the whole file (SCHAKEL_DEMO_CRISIS).
 */
let host: RunningHost;
test.describe.configure({ timeout: 120_000 });
test.beforeAll(async () => {
  host = await startBrowserHost({ SCHAKEL_DEMO_CRISIS: '1' });
});
test.afterAll(async () => host.stop());

const UNKNOWN_BSN = '111222333'; // passes the eleven-check, not in the demo index

test('point 1+2: the verbal question names what it opens; after yes the banner is not "none known"', async ({
  page,
}) => {
  await signIn(page, host, 'hap-huisarts');
  await openPatient(page, patients.deBoer);
  await expect(page.getByTestId('crisis-regime')).toContainText('Crisisregeling van kracht');
  const question = page.getByTestId('verbal-consent');
  await expect(question).toContainText('(waarneemsamenvatting)');
  // The pharmacy is outside the regime: its card does not invite the question.
  const pharmacyCards = page.locator('[data-consent="no-choice"]').filter({ hasText: 'Apotheek' });
  await expect(pharmacyCards.first()).toContainText('geldt alleen voor de waarneemsamenvatting');
  await expect(pharmacyCards.first()).not.toContainText('mondeling om toestemming vragen');

  await question.getByRole('radio', { name: /^Ja/ }).check();
  await question.getByRole('button', { name: 'Antwoord vastleggen' }).click();
  await expect(section(page, 'summary')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  const allergy = page.getByTestId('allergy-state');
  await expect(allergy).toHaveAttribute('data-form', /^(unavailable|known)$/);
  await expect(allergy).not.toContainText('Geen bekend');
  await checkScreen(page, 'safety-verbal-yes');
});

test('point 2: a "no" is remembered for the shift, shown with who and when; asking again is logged', async ({
  page,
}) => {
  await signIn(page, host, 'hap-huisarts');
  await openPatient(page, patients.deBoer);
  const question = page.getByTestId('verbal-consent');
  await question.getByRole('radio', { name: /^Nee/ }).check();
  await question.getByRole('button', { name: 'Antwoord vastleggen' }).click();
  await expect(page.getByTestId('verbal-answer')).toContainText('nee');

  await page.getByRole('button', { name: 'Patiënt sluiten' }).click();
  await expect(page.getByTestId('patient-banner')).toHaveCount(0);
  await openPatient(page, patients.deBoer);
  const answer = page.getByTestId('verbal-answer');
  await expect(answer).toContainText('de Vries');
  await expect(answer).toContainText('tot het einde van de dienst');
  await expect(page.getByTestId('verbal-consent')).toHaveCount(0);
  await expect(section(page, 'summary')).toHaveAttribute('data-state', 'not-requested');
  await checkScreen(page, 'safety-verbal-no-remembered');

  await answer.getByRole('button', { name: 'Opnieuw vragen' }).click();
  await expect(page.getByTestId('verbal-consent')).toBeVisible();
  const asked = logFor(host, patients.deBoer).filter((r) => r.eventType === 'consent-recorded');
  expect(asked.map((r) => r.reasonCode)).toContain('ASK_AGAIN');
});

test('point 2: the reason for "unable" reaches the privacy officer\'s review; SEH access is logged on the crisis basis', async ({
  page,
}) => {
  const reason = 'Niet aanspreekbaar na val (e2e)';
  await signIn(page, host, 'hap-huisarts');
  await openPatient(page, patients.deBoer);
  const question = page.getByTestId('verbal-consent');
  await question.getByRole('radio', { name: 'De patiënt kan zijn of haar wil niet uiten' }).check();
  await question.getByLabel(/^Reden \(verplicht\)/).fill(reason);
  await question.getByRole('button', { name: 'Antwoord vastleggen' }).click();
  await expect(section(page, 'summary')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });

  // The log row holds no text; the reason is a note with the entry, in the officer's queue.
  const recorded = logFor(host, patients.deBoer).find((r) => r.eventType === 'consent-recorded');
  expect(recorded?.consentBasis).toBe('unable-to-express-will');
  expect(JSON.stringify(recorded)).not.toContain('aanspreekbaar');
  await signInAs(page, 'privacy-officer');
  await page.getByRole('tab', { name: 'Beoordelen' }).click();
  const queue = page.getByTestId('accesslog-review');
  await expect(queue.getByText(reason, { exact: false })).toBeVisible();
  await checkScreen(page, 'safety-unable-reason-review');

  // The SEH physician reads the GP summary only under the crisis regime: logged on that basis.
  await signIn(page, host, 'seh-arts');
  await openPatient(page, patients.jansen);
  await expect(page.getByTestId('crisis-regime')).toBeVisible();
  await expect(section(page, 'summary')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  const seh = logFor(host, patients.jansen).find((r) => r.eventType === 'summary-query');
  expect((seh as unknown as { legalBasis: string } | undefined)?.legalBasis).toBe('crisis-regime');
});

test('point 1: an objection at the GP never gives "not recorded" or "none known"', async ({
  page,
}) => {
  await signIn(page, host, 'hap-huisarts');
  await openPatient(page, patients.visser);
  await expect(section(page, 'medication')).toHaveAttribute('data-state', 'done', {
    timeout: 15_000,
  });
  const allergy = page.getByTestId('allergy-state');
  await expect(allergy).not.toHaveAttribute('data-form', 'not-recorded');
  await expect(allergy).not.toHaveAttribute('data-form', 'none-known');
});

test('point 4: an invalid BSN clears the previous patient; an unknown BSN invites no report', async ({
  page,
}) => {
  await signIn(page, host, 'hap-huisarts');
  await openPatient(page, patients.jansen);
  await expect(page.getByTestId('banner-name')).toContainText('JANSEN');
  const input = page.getByTestId('bsn-input');
  await input.fill('123456789');
  await input.press('Enter');
  await expect(page.getByTestId('bsn-message')).toBeVisible();
  await expect(page.getByTestId('patient-banner')).toHaveCount(0);
  await expect(page.getByText('JANSEN')).toHaveCount(0);

  await openPatient(page, UNKNOWN_BSN);
  await expect(page.getByTestId('summary-not-requested')).toContainText('geen bron');
  await expect(page.getByTestId('summary-not-requested')).not.toContainText('toestemming of');
  await expect(page.getByTestId('report-section')).toHaveCount(0);
  await expect(page.getByTestId('report-absent')).toBeVisible();
  await checkScreen(page, 'safety-unknown-bsn');
});

test('point 8: the composer for the HAP GP and the triagist, not for the SEH physician or the pharmacist', async ({
  page,
}) => {
  await signIn(page, host, 'seh-arts');
  await openPatient(page, patients.peters);
  await expect(page.getByTestId('consent-panel')).toBeVisible();
  await expect(page.getByTestId('report-section')).toHaveCount(0);
  await expect(page.getByTestId('outbox-indicator')).toHaveCount(0);

  await page.goto('about:blank'); // a fresh load: the same address with a fragment would not reload
  await signIn(page, host, 'apotheker');
  await openPatient(page, patients.jansen);
  await expect(page.getByTestId('report-section')).toHaveCount(0);

  await page.goto('about:blank');
  await signIn(page, host, 'triagist');
  await openPatient(page, patients.vermeulen);
  await expect(page.getByTestId('report-section')).toBeVisible();
});

test('point 9: a counter pass and the privacy officer see no patient screen and no outbox', async ({
  page,
}) => {
  for (const who of ['pas-niet-op-naam', 'privacy-officer'] as const) {
    await page.goto(host.url);
    await signInAs(page, who);
    if (who === 'privacy-officer') {
      // The log manager starts on the log; the way back shows no patient screen either.
      await page.getByRole('button', { name: 'Toegangslog', exact: true }).click();
    }
    await expect(page.getByTestId('no-patient-access')).toBeVisible();
    await expect(page.getByTestId('bsn-input')).toHaveCount(0);
    await expect(page.getByTestId('outbox-indicator')).toHaveCount(0);
    await checkScreen(page, `safety-no-access-${who}`);
  }
});

/** Sign-in for identities that get no BSN field (the shared helper waits for one). */
async function signInAs(page: import('@playwright/test').Page, identity: string) {
  await callApi(host, 'signOut', {});
  await page.goto('about:blank');
  await page.goto(host.url);
  await page.locator(`[data-identity="${identity}"]`).click();
  await expect(page.getByTestId('session')).toBeVisible();
}

test('point 7: after sign-in the cursor is in the BSN field; the contact time takes one key', async ({
  page,
}) => {
  await signIn(page, host, 'hap-huisarts');
  await expect(page.getByTestId('bsn-input')).toBeFocused();
  await page.keyboard.type(patients.jansen);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('patient-banner')).toBeVisible();
  const start = page.getByLabel('Begin', { exact: true });
  await expect(start).toHaveValue(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}$/);
  const before = await start.inputValue();
  await start.focus();
  await page.keyboard.press('ArrowDown');
  await expect(start).not.toHaveValue(before);
  await start.fill('2130');
  await start.blur();
  await expect(start).toHaveValue(/ 21:30$/);
});

test('point 10: the overview prints with the DEMO watermark, and the print is logged first', async ({
  page,
}) => {
  await signIn(page, host, 'hap-huisarts');
  await openPatient(page, patients.jansen);
  await expect(section(page, 'medication')).toHaveAttribute('data-state', 'done', {
    timeout: 15_000,
  });
  await page.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1; };');
  await page.getByTestId('patient-print').click();
  await expect.poll(() => page.evaluate('window.__printed')).toBe(1);
  const prints = logFor(host, patients.jansen).filter((r) => r.eventType === 'print');
  // The full record (createSearch) carries the data category; the shared type names only some fields.
  const categories = prints.map((r) => (r as unknown as { dataCategory: string }).dataCategory);
  expect(categories.sort()).toEqual(['medication', 'summary']);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.demo-watermark')).toBeVisible();
  await expect(page.getByTestId('bsn-input')).toBeHidden();
  await expect(page.getByTestId('medication-section')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});
