// Several tabs on one workspace: a change in one shows in the others without a reload, and
// a save decided on an older version is refused with the choice to see the latest or
// overwrite.
import { test, expect, act, logIncident } from './fixtures';

test('a change in one tab appears in the other without a reload', async ({ page, context }) => {
  await logIncident(page, 'Badge reader dead');
  const other = await context.newPage();
  await other.goto('#/tickets/INC0001');
  await expect(other.locator('.ticket-fields')).toContainText('New');
  await act(page, 'Start work', 'In progress');
  await expect(other.getByText('This ticket was changed in another tab or window.')).toBeVisible();
  await other.getByRole('button', { name: 'Show the latest version' }).click();
  await expect(other.locator('.ticket-fields')).toContainText('In progress');
  await expect(other.getByText('This ticket was changed in another tab or window.')).toHaveCount(0);

  // The list in the other tab follows without a reload.
  await other.goto('#/tickets');
  await expect(other.locator('table.tickets tbody tr:not(.pad)')).toHaveCount(1);
  await logIncident(page, 'Second badge reader dead');
  await expect(other.locator('table.tickets tbody tr:not(.pad)')).toHaveCount(2);

  // Practices follow at once: disabling change enablement in one tab hides change creation in the other.
  await other.goto('#/tickets');
  await expect(other.getByRole('link', { name: 'New change' })).toBeVisible();
  await page.goto('#/practices');
  const card = page.locator('#practice-change-enablement');
  await card.getByText('Configure').click();
  await card.getByLabel('Enabled', { exact: true }).setChecked(false);
  await card.getByRole('button', { name: 'Save this practice' }).click();
  await expect(card.getByText('Saved.')).toBeVisible();
  await expect(other.getByRole('link', { name: 'New change' })).toHaveCount(0);
});

test('a save decided on an older version is refused, then can overwrite', async ({ page, context }) => {
  await logIncident(page, 'Printer offline');
  const other = await context.newPage();
  await other.goto('#/tickets/INC0001');
  await other.getByRole('button', { name: 'Edit details' }).click();
  await other.getByLabel('Title').fill('Printer offline on floor 3');

  // Meanwhile the first tab renames it.
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel('Title').fill('Printer jammed');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Printer jammed');

  // The second tab's form kept its text; its save is refused, nothing written.
  await expect(other.getByLabel('Title')).toHaveValue('Printer offline on floor 3');
  await other.getByRole('button', { name: 'Confirm' }).click();
  await expect(other.getByRole('alert')).toContainText('changed in another tab or window (or on another device, when the workspace syncs) after you opened it');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Printer jammed');

  await other.getByRole('button', { name: 'Save mine anyway' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toContainText('Printer offline on floor 3');
  await expect(other.locator('.history')).toContainText('Printer jammed → Printer offline on floor 3');
});
