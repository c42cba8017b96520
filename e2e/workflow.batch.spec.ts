import { expect, test } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import { callApi, logFor, openPatient, patients, section, signIn } from './support/workflow';

/**
 * A batch answer that is not whole (trainer's answer faults): every answer that arrived is shown,
 * the list says how many sources are missing, and the access log records the lookup as partial.
 */
let host: RunningHost;
test.describe.configure({ timeout: 120_000 });
test.beforeAll(async () => {
  host = await startBrowserHost();
});
test.afterAll(async () => host.stop());

const setFault = async (fault: string) => {
  const reply = await callApi(host, 'demoControl', { action: 'setAnswerFault', fault });
  expect(reply.ok, JSON.stringify(reply.error)).toBe(true);
};

test('fewer answers than declared: what arrived is shown, marked partial with counts, logged partial', async ({
  page,
}) => {
  await signIn(page, host, 'hap-huisarts');
  await setFault('fewer-answers');
  await openPatient(page, patients.jansen);
  const medication = section(page, 'medication');
  await expect(medication).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  // Jansen's three pharmacies answered; the batch declared five.
  await expect(medication.getByTestId('medication-missing')).toContainText('2 van 5 bronnen');
  await expect(medication.getByTestId('medication-table')).toBeVisible();
  await expect
    .poll(() =>
      logFor(host, patients.jansen)
        .filter((r) => r.eventType === 'medication-query')
        .map((r) => [r.outcome, r.reasonCode]),
    )
    .toContainEqual(['partial', 'BATCH_INCOMPLETE']);
  await setFault('none');
});

test('one malformed answer among good ones: the good ones are shown, the list is partial', async ({
  page,
}) => {
  await signIn(page, host, 'hap-huisarts');
  await setFault('malformed-answer');
  await openPatient(page, patients.vanDijk);
  const medication = section(page, 'medication');
  await expect(medication).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(medication.getByTestId('medication-missing')).toContainText(/1 van \d+ bronnen/);
  await expect(medication.getByTestId('medication-table')).toBeVisible();
  await setFault('none');
});

test('an answer about another patient is refused: a patient-safety error, nothing shown, logged', async ({
  page,
}) => {
  await signIn(page, host, 'hap-huisarts');
  await setFault('other-patient');
  await openPatient(page, patients.jansen);
  const medication = section(page, 'medication');
  await expect(medication).toHaveAttribute('data-state', 'failed', { timeout: 20_000 });
  await expect(medication.getByTestId('medication-failed')).toContainText('Patiëntveiligheid');
  await expect(medication.getByTestId('medication-table')).toHaveCount(0);
  const summary = section(page, 'summary');
  await expect(summary).toHaveAttribute('data-state', 'failed', { timeout: 20_000 });
  await expect
    .poll(() =>
      logFor(host, patients.jansen)
        .filter((r) => r.eventType === 'medication-query' || r.eventType === 'summary-query')
        .filter((r) => r.reasonCode === 'PATIENT_MISMATCH')
        .map((r) => [r.eventType, r.outcome])
        .sort(),
    )
    .toEqual([
      ['medication-query', 'error'],
      ['summary-query', 'error'],
    ]);
  await setFault('none');
});
