import { test, expect, logIncident, launch } from './fixtures';

test('a new user logs a P1 incident, reloads its URL, and reads it in French', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Log an incident' }).first().click();
  await page.getByLabel('Title').fill('Email is down for the whole office');
  await page.getByLabel('Description').fill('Outlook cannot reach the server since 9:00.');
  await page.getByLabel('Caller').fill('Alice Martin');
  await page.getByLabel('Channel').selectOption({ label: 'Phone / hotline' });
  await page.getByLabel('Impact').selectOption({ label: 'High' });
  await page.getByLabel('Urgency').selectOption({ label: 'High' });
  await expect(page.getByTestId('derived-priority')).toHaveText('P1 Critical');
  await page.getByRole('button', { name: 'Log incident' }).click();

  await expect(page).toHaveURL(/\/valuedesk\/#\/tickets\/INC0001$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Email is down for the whole office');

  await page.getByRole('navigation').getByRole('link', { name: 'Tickets' }).click();
  const row = page.getByRole('row', { name: /INC0001/ });
  await expect(row).toContainText('P1 Critical');
  await expect(row).toContainText('New');

  await page.goto('#/tickets/INC0001');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Email is down for the whole office');
  const fields = page.locator('.ticket-fields');
  await expect(fields).toContainText('Alice Martin');
  await expect(fields).toContainText('Phone / hotline');
  await expect(fields).toContainText('P1 Critical');
  await expect(page.getByRole('list').filter({ hasText: 'Logged as INC0001' })).toBeVisible();

  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Tableau de bord' })).toBeVisible();
  await expect(fields).toContainText('P1 Critique');
  await expect(page.getByRole('heading', { name: 'Historique' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.reload();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Paramètres' })).toBeVisible();
});

test('the derived priority follows impact and urgency live', async ({ page }) => {
  await page.goto('#/tickets/new');
  const priority = page.getByTestId('derived-priority');
  await expect(priority).toHaveText('P3 Moderate');
  await page.getByLabel('Impact').selectOption({ label: 'Low' });
  await page.getByLabel('Urgency').selectOption({ label: 'Low' });
  await expect(priority).toHaveText('P5 Planning');
  await page.getByLabel('Impact').selectOption({ label: 'High' });
  await expect(priority).toHaveText('P3 Moderate');
});

test('an empty title is refused at the title field and nothing is written', async ({ page }) => {
  await page.goto('#/tickets/new');
  await page.getByLabel('Description').fill('Something is broken');
  await page.getByRole('button', { name: 'Log incident' }).click();
  const title = page.getByLabel('Title');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription('This field is required.');
  await expect(title).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('The incident was not logged');
  await expect(page.getByLabel('Description')).toHaveValue('Something is broken');

  await page.goto('#/tickets');
  await expect(page.getByText('No tickets yet.')).toBeVisible();
});

test('a ticket survives a browser restart', async ({ page, context, profile, baseURL }) => {
  await logIncident(page, 'Printer on floor 2 is jammed', 'Low', 'Medium');
  await context.close();
  const again = await launch(profile, baseURL!);
  const page2 = again.pages()[0] ?? (await again.newPage());
  await page2.goto('#/tickets');
  await expect(page2.getByRole('row', { name: /INC0001/ })).toContainText('P4 Low');
  await again.close();
});

test('numbers follow each other and the list shows the newest first', async ({ page }) => {
  await logIncident(page, 'First');
  await logIncident(page, 'Second', 'Low', 'Low');
  await page.goto('#/tickets');
  const rows = page.locator('table.tickets tbody tr:not(.pad)');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('INC0002');
  await expect(rows.nth(1)).toContainText('INC0001');
  await expect(page.getByText('2 tickets loaded')).toBeVisible();
});

test('user text is shown as text, never as HTML', async ({ page }) => {
  const hostile = '<img src=x onerror="window.pwned=1"><b>bold</b>';
  await logIncident(page, hostile);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(hostile);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).pwned)).toBeUndefined();
});

test('an incident can be logged with the keyboard alone', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Log an incident' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Laptop does not boot');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/tickets\/INC0001$/);
});
