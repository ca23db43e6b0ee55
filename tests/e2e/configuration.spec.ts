import { test, expect, type Page } from './fixtures';

async function configure(page: Page) {
  await page.goto('#/settings');
  await page.getByLabel('Group name').fill('Field support');
  await page.getByLabel('Members (comma-separated)').fill('Ana, Ben');
  await page.getByRole('button', { name: 'Add' }).first().click();
  await expect(page.locator('.config-list').first()).toContainText('Field support — Ana, Ben');
  await page.getByLabel('Service name').fill('Email');
  await page.getByLabel('Owner', { exact: true }).fill('IT operations');
  await page.getByLabel('Criticality').selectOption({ label: 'High' });
  await page.getByLabel('Configuration items (comma-separated)').fill('mx1, mx2');
  await page.getByRole('button', { name: 'Add' }).nth(1).click();
  await expect(page.getByText('Email — IT operations — High — mx1, mx2')).toBeVisible();
  await page.getByLabel('Item name').fill('New laptop');
  await page.getByLabel('Fulfilment group').selectOption('Field support');
  await page.getByLabel('Item description').fill('A standard laptop with the usual software');
  await page.getByLabel('Extra form fields (comma-separated)').fill('Model, Justification');
  await page.getByLabel('Needs approval').check();
  await page.getByRole('button', { name: 'Add' }).nth(3).click();
  await expect(page.getByText(/New laptop — A standard laptop/)).toBeVisible();
}

test('groups, services and catalogue items are configured, refused when invalid, and kept', async ({ page }) => {
  await configure(page);
  await page.getByLabel('Group name').fill('network');
  await page.getByRole('button', { name: 'Add' }).first().click();
  await expect(page.getByRole('alert')).toContainText('That name is already used.');
  await page.reload();
  await expect(page.getByText('Field support — Ana, Ben')).toBeVisible();
  await page.getByRole('button', { name: 'Remove Field support' }).click();
  await expect(page.getByText('Field support — Ana, Ben')).toHaveCount(0);
});

test('a request raised from the catalogue carries its answers, group and approval', async ({ page }) => {
  await configure(page);
  await page.goto('#/tickets/new/service_request');
  await page.getByLabel('Catalogue item').selectOption('New laptop');
  await expect(page.getByLabel('Title')).toHaveValue('New laptop');
  await expect(page.getByLabel('Needs approval before fulfilment')).toBeChecked();
  await page.getByLabel('Model').fill('14-inch');
  await page.getByLabel('Justification').fill('New hire');
  await page.getByRole('button', { name: 'Submit request' }).click();
  await expect(page).toHaveURL(/REQ0001$/);
  await expect(page.locator('.ticket-fields')).toContainText('Field support');
  await expect(page.locator('.record').first()).toContainText('14-inch');
  await expect(page.getByRole('button', { name: 'Send for approval' })).toBeVisible();
});

test('an incident is classified and assigned, and the list filters by group and service', async ({ page }) => {
  await configure(page);
  await page.goto('#/tickets/new');
  await page.getByLabel('Title').fill('Mail bounces');
  await page.getByLabel('Affected service').selectOption('Email');
  await page.getByLabel('Category').selectOption('Software');
  await page.getByRole('button', { name: 'Log incident' }).click();
  await expect(page.locator('.ticket-fields')).toContainText('Email');
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  await page.getByLabel('Assignment group').selectOption('Field support');
  await page.getByLabel('Assignee').selectOption('Ben');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator('.ticket-fields')).toContainText('Ben');
  await expect(page.locator('.history')).toContainText('Assignee: none → Ben');
  await page.goto('#/tickets/new');
  await page.getByLabel('Title').fill('Unrelated');
  await page.getByRole('button', { name: 'Log incident' }).click();
  await page.waitForURL(/INC0002$/);
  await page.goto('#/tickets');
  await page.getByLabel('Assignment group').selectOption('Field support');
  await expect(page).toHaveURL(/group=Field%20support/);
  const rows = page.locator('table.tickets tbody tr:not(.pad)');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Mail bounces');
  await page.getByLabel('Affected service').selectOption('Email');
  await expect(rows).toHaveCount(1);
});

test('changes on the same service with overlapping windows clash on the calendar', async ({ page }) => {
  await configure(page);
  await page.getByLabel('Template name').fill('Mail patching');
  await page.locator('.card', { hasText: 'Standard change templates' }).getByRole('button', { name: 'Add' }).click();
  await expect(page.getByText('Mail patching — Low')).toBeVisible();
  for (const [title, start, end] of [['Patch mail server', '2026-12-01T20:00', '2026-12-01T23:00'],
    ['Move mail storage', '2026-12-01T22:00', '2026-12-02T01:00']]) {
    await page.goto('#/tickets/new/change');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Change type').selectOption({ label: 'Standard' });
    await page.getByLabel('Standard change template').selectOption('Mail patching');
    await page.getByLabel('Affected service').selectOption('Email');
    await page.getByRole('button', { name: 'Raise change' }).click();
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page.getByLabel('Planned start').fill(start);
    await page.getByLabel('Planned end').fill(end);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.locator('.ticket-fields')).toContainText('Scheduled');
  }
  await page.goto('#/changes/calendar');
  await expect(page.locator('.clash')).toHaveCount(2);
  await expect(page.locator('.clash').first()).toContainText('Overlaps CHG0002 on a shared service');
});
