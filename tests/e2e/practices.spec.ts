// Practice settings: saved per practice, kept across a reload, filtered, and reset.
import { test, expect } from './fixtures';

test('practice changes persist across a reload, filter by enabled, and reset', async ({ page }) => {
  await page.goto('#/practices');
  await expect(page.getByRole('status').filter({ hasText: 'practices enabled' })).toHaveText('34 of 34 practices enabled, mean maturity 1.0');
  const change = page.locator('#practice-change-enablement');
  await change.getByText('Configure').click();
  await change.getByLabel('Enabled').uncheck();
  await change.getByLabel('Owner').fill('Carol');
  await change.getByLabel('Maturity (1 to 5)').selectOption('3');
  await change.getByLabel('Plan', { exact: true }).check();
  await change.getByLabel('Notes').fill('CAB meets on Tuesdays.');
  await change.getByRole('button', { name: 'Save this practice' }).click();
  await expect(change.getByText('Saved.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'practices enabled' })).toHaveText('33 of 34 practices enabled, mean maturity 1.0');
  const again = page.locator('#practice-change-enablement');
  await expect(again).toContainText('Disabled');
  await again.getByText('Configure').click();
  await expect(again.getByLabel('Owner')).toHaveValue('Carol');
  await expect(again.getByLabel('Maturity (1 to 5)')).toHaveValue('3');
  await expect(again.getByLabel('Plan', { exact: true })).toBeChecked();
  await expect(again.getByLabel('Notes')).toHaveValue('CAB meets on Tuesdays.');

  await page.getByLabel('Enabled practices only').check();
  await expect(page.locator('#practice-change-enablement')).toHaveCount(0);
  await expect(page.locator('.practice .badge')).toHaveCount(33);
  await page.getByLabel('Category').selectOption({ label: 'Technical management practices' });
  await expect(page.locator('.practice')).toHaveCount(3);

  await page.getByRole('button', { name: 'Reset every practice to its defaults' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'practices enabled' })).toHaveText('34 of 34 practices enabled, mean maturity 1.0');
});
