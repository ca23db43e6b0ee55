// The value chain page: live ticket counts per activity from the documented mapping, and
// the reference value streams.
import { test, expect, logIncident } from './fixtures';

test('each activity counts and lists exactly the tickets the mapping puts there', async ({ page }) => {
  await logIncident(page, 'Printer offline');
  await logIncident(page, 'Payroll slow');
  await page.getByRole('button', { name: 'Start work', exact: true }).click();
  await expect(page.locator('.ticket-fields')).toContainText('In progress');
  await page.goto('#/svc');
  const engage = page.locator('#activity-engage');
  const deliver = page.locator('#activity-deliver-and-support');
  await expect(engage).toContainText('Tickets in this activity now: 1');
  await expect(deliver).toContainText('Tickets in this activity now: 1');
  await expect(page.locator('#activity-plan')).toContainText('Tickets in this activity now: 0');

  await deliver.getByRole('link').click();
  await expect(page).toHaveURL(/activity=deliver-and-support/);
  const rows = page.locator('table.tickets tbody tr:not(.pad)');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Payroll slow');

  await page.goto('#/svc');
  await page.getByRole('radio', { name: 'Restore a service after an incident' }).check();
  const restore = page.locator('#stream-restore-service');
  await expect(restore.getByRole('listitem')).toHaveCount(7);
  await expect(restore.getByRole('listitem').first()).toContainText('Engage');
  await expect(restore.getByRole('listitem').last()).toContainText('Improve');
});
