// Workspaces and demo mode: separate databases switched from the header, the generated demo
// workspace, its simulated clock, and a reset that leaves real workspaces untouched.
import { readFileSync } from 'node:fs';
import { test, expect, logIncident, createDemo, type Page } from './fixtures';

/** The workspace switch in the header. */
const switcher = (page: Page) => page.getByLabel('Workspace', { exact: true });

/** The open workspace's data, from a downloaded backup, without its export time. */
async function backupRecords(page: Page) {
  await page.goto('#/settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  const { exported_at: _, ...rest } = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  return rest;
}

test('workspaces are separate databases, switched from the header; the last one stays', async ({ page }) => {
  await logIncident(page, 'Printer offline');
  await expect(switcher(page)).toHaveValue('main');
  await page.goto('#/settings');
  await page.getByLabel('Name of the new workspace').fill('Lab');
  await page.getByRole('button', { name: 'Create and open' }).click();
  await expect(switcher(page).locator('option:checked')).toHaveText('Lab');
  await page.goto('#/tickets');
  await expect(page.getByText('Printer offline')).toHaveCount(0);
  // A name already taken is refused, with nothing created.
  await page.goto('#/settings');
  const name = page.getByLabel('Name of the new workspace');
  await name.fill(' my TEAM ');
  await expect(name).toHaveValue(' my TEAM ');
  await page.getByRole('button', { name: 'Create and open' }).click();
  await expect(page.getByText('Another workspace already has this name.')).toBeVisible();
  await expect(switcher(page).locator('option')).toHaveCount(2);

  await switcher(page).selectOption({ label: 'My team' });
  await page.goto('#/tickets');
  await expect(page.getByRole('row', { name: /Printer offline/ })).toBeVisible();

  // Deleting asks first; cancelling keeps it.
  await page.goto('#/settings');
  const lab = page.locator('.workspace-row', { hasText: 'Lab' });
  await lab.getByRole('button', { name: 'Delete…' }).click();
  await expect(lab.getByRole('alertdialog')).toContainText('Delete “Lab” and all its tickets for good?');
  await lab.getByRole('button', { name: 'Cancel' }).click();
  await expect(lab).toBeVisible();
  await lab.getByRole('button', { name: 'Delete…' }).click();
  await lab.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('“Lab” was deleted.')).toBeVisible();
  await expect(switcher(page).locator('option')).toHaveCount(1);
  await expect(page.locator('.workspace-row', { hasText: 'My team' }).getByRole('button', { name: 'Delete…' })).toBeDisabled();
  const databases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(databases).toEqual(['valuedesk']);
  await page.reload();
  await expect(switcher(page).locator('option:checked')).toHaveText('My team');
});

test('the demo workspace is generated, and its clock moves forward to a breach', async ({ page }) => {
  const ms = await createDemo(page);
  expect(ms).toBeGreaterThan(0);
  await expect(switcher(page).locator('option:checked')).toHaveText('Demo — Acme Corp');
  const clock = page.getByRole('region', { name: 'Demo clock' });
  await expect(clock).toContainText('Real time');
  await page.goto('#/tickets');
  await expect(page.getByRole('row', { name: /INC0001/ })).toHaveCount(0); // first page: newest
  await expect(page.locator('table.tickets tbody tr').first()).toBeVisible();

  await logIncident(page, 'Payroll export fails');
  const clocks = page.getByRole('region', { name: 'Service level clocks' });
  await expect(clocks).toContainText('Running');
  await clock.getByRole('button', { name: '+1 hour' }).click();
  await expect(clock).toContainText('Simulated time');
  await expect(clock).toContainText('1 h ahead of real time');
  await expect(clocks).toContainText('Breached');
  // The clock is the workspace's: it survives a reload.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Demo clock' })).toContainText('1 h ahead of real time');
  await page.getByRole('region', { name: 'Demo clock' }).getByRole('button', { name: 'Back to real time' }).click();
  await expect(page.getByRole('region', { name: 'Demo clock' })).toContainText('Real time');
  // Next SLA warning: lands just past the first warning ahead.
  await page.getByRole('region', { name: 'Demo clock' }).getByRole('button', { name: 'Next SLA warning' }).click();
  await expect(page.getByRole('region', { name: 'Demo clock' })).toContainText('ahead of real time');

  // A real workspace never shows the clock and runs on real time.
  await switcher(page).selectOption({ label: 'My team' });
  await expect(page.getByRole('region', { name: 'Demo clock' })).toHaveCount(0);
  await logIncident(page, 'Real time incident');
  await expect(page.getByRole('region', { name: 'Service level clocks' })).toContainText('Running');
});

test('reset restores the demo and leaves a real workspace unchanged', async ({ page }) => {
  await logIncident(page, 'Printer offline');
  await page.getByRole('button', { name: 'Start work', exact: true }).click();
  await expect(page.locator('.ticket-fields')).toContainText('In progress');
  const before = await backupRecords(page);
  await createDemo(page);
  const generated = await backupRecords(page);

  await logIncident(page, 'Left over from a rehearsal');
  await page.getByRole('region', { name: 'Demo clock' }).getByRole('button', { name: '+1 day' }).click();
  await page.goto('#/settings');
  await page.getByRole('button', { name: 'Reset demo…' }).click();
  await page.getByRole('button', { name: 'Reset demo', exact: true }).click();
  await expect(page.getByText(/^The demo is back to its generated state \(\d+ ms\)\.$/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Demo clock' })).toContainText('Real time');
  await page.goto('#/tickets?q=rehearsal');
  await expect(page.getByText('Left over from a rehearsal')).toHaveCount(0);
  expect(await backupRecords(page)).toEqual(generated);

  await switcher(page).selectOption({ label: 'My team' });
  expect(await backupRecords(page)).toEqual(before);
});
