import { expect, test } from '@playwright/test';
import { startBrowserHost, type RunningHost } from './host';
import { openPatient, section, signIn } from './support/workflow';

/**
 * The polypharmacy case (De Groot, two pharmacies): omeprazol of two makers is flagged as a
 * duplicate although the names differ, and acenocoumarol carries the high-risk mark (icon + word).
 */
let host: RunningHost;
test.describe.configure({ timeout: 120_000 });
test.beforeAll(async () => {
  host = await startBrowserHost();
});
test.afterAll(async () => host.stop());

test('duplicates matched across makers, high-risk medicines marked with icon and word', async ({
  page,
}) => {
  await signIn(page, host, 'hap-huisarts');
  await openPatient(page, '999990068');
  const medication = section(page, 'medication');
  await expect(medication).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  const omeprazol = medication.getByTestId('medication-line').filter({ hasText: 'OMEPRAZOL' });
  await expect(omeprazol).toHaveCount(2);
  for (const row of await omeprazol.all())
    await expect(row).toHaveAttribute('data-flag', 'duplicate');
  const aceno = medication.getByTestId('medication-line').filter({ hasText: 'ACENOCOUMAROL' });
  await expect(aceno.getByTestId('high-risk').first()).toContainText('Hoog risico: antistolling');
  await expect(aceno.getByTestId('high-risk').first()).toHaveAttribute(
    'data-group',
    'anticoagulant',
  );
});
