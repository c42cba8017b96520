import { expect, type Page } from '@playwright/test';

/** Opens the trainer panel (docked beside the clinician's screen) unless it is open already. */
export async function openPanel(page: Page): Promise<void> {
  if (!(await page.getByTestId('trainer-panel').isVisible()))
    await page.getByTestId('trainer-open').click();
  await expect(page.getByTestId('trainer-panel')).toBeVisible();
}

/** Applies a scenario from the panel; answers the BSN to type and the suggested identity. */
export async function applyScenario(
  page: Page,
  id: string,
): Promise<{ bsn: string; identity: string }> {
  await openPanel(page);
  await page.getByTestId('trainer-scenario-select').selectOption(id);
  await page.getByTestId('trainer-apply').click();
  await expect(page.getByTestId('trainer-active')).toHaveAttribute('data-scenario', id);
  await expect(page.getByTestId('trainer-teaches')).not.toBeEmpty();
  const bsn = (await page.getByTestId('trainer-bsn').getAttribute('data-bsn')) ?? '';
  const identity =
    (await page.getByTestId('trainer-identity').getAttribute('data-identity-id')) ?? '';
  expect(bsn).toMatch(/^\d{9}$/);
  return { bsn, identity };
}
