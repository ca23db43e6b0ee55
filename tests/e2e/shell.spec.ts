import { test, expect, logIncident, launch } from './fixtures';

test('a deep link to a ticket loads directly under the sub-path', async ({ page, context }) => {
  await logIncident(page, 'VPN drops every hour');
  const fresh = await context.newPage();
  const response = await fresh.goto('/valuedesk/#/tickets/INC0001');
  expect(response?.status()).toBe(200);
  await expect(fresh.getByRole('heading', { level: 1 })).toContainText('VPN drops every hour');
  await fresh.reload();
  await expect(fresh.getByRole('heading', { level: 1 })).toContainText('VPN drops every hour');
});

test('every page has a URL that reloads to the same page', async ({ page }) => {
  const pages: [string, string][] = [
    ['#/', 'Dashboard'],
    ['#/tickets', 'Tickets'],
    ['#/tickets/new', 'Log an incident'],
    ['#/svs', 'Service Value System'],
    ['#/svc', 'Service Value Chain'],
    ['#/practices', 'Practices'],
    ['#/settings', 'Settings'],
  ];
  for (const [hash, heading] of pages) {
    await page.goto(hash);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  await page.goto('#/nowhere');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.goto('#/tickets/INC0404');
  await expect(page.getByText('No ticket has the number INC0404.')).toBeVisible();
});

test('the practices page lists the 34 practices in three categories', async ({ page }) => {
  await page.goto('#/practices');
  await expect(page.locator('.practice-category')).toHaveCount(3);
  await expect(page.locator('.practice-category .term')).toHaveCount(34);
  await expect(page.getByText('14 practices')).toBeVisible();
  await expect(page.getByText('17 practices')).toBeVisible();
  await expect(page.getByText('3 practices')).toBeVisible();
});

test('a French browser gets the French interface on first visit', async ({ profile, baseURL }) => {
  const context = await launch(profile, baseURL!, 'fr-FR');
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  await expect(page.getByLabel('Langue')).toHaveValue('fr');
  await context.close();
});

test('a browser without IndexedDB gets a clear message, not a blank page', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Your data cannot be reached');
  await expect(alert).toContainText('private browsing');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Settings' })).toBeVisible();
});

test('data written by a newer version is refused with a clear message', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.evaluate(async () => {
    const current = (await indexedDB.databases()).find((d) => d.name === 'valuedesk')!.version!;
    // Close the app's connection the way another tab's upgrade would ask it to.
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open('valuedesk', current + 1);
      req.onsuccess = () => { req.result.close(); resolve(); };
      req.onerror = () => reject(req.error);
    });
  });
  await expect(page.getByRole('alert')).toContainText('updated in another tab');
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('written by a newer version');
});

test('the priority matrix can be changed in settings and applies to new incidents', async ({ page }) => {
  await page.goto('#/settings');
  await page.getByLabel('Priority for impact Low, urgency Low').selectOption('P4');
  await page.goto('#/tickets/new');
  await page.getByLabel('Impact').selectOption({ label: 'Low' });
  await page.getByLabel('Urgency').selectOption({ label: 'Low' });
  await expect(page.getByTestId('derived-priority')).toHaveText('P4 Low');
  await page.reload();
  await page.getByLabel('Impact').selectOption({ label: 'Low' });
  await page.getByLabel('Urgency').selectOption({ label: 'Low' });
  await expect(page.getByTestId('derived-priority')).toHaveText('P4 Low');
});

test('the name set in settings is recorded in ticket history', async ({ page }) => {
  await page.goto('#/settings');
  await page.getByLabel('Your name').fill('Dana Agent');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await logIncident(page, 'Badge reader broken');
  await expect(page.locator('.history')).toContainText('by Dana Agent');
});

test('a full storage quota is reported, nothing is half-written and the form keeps its text', async ({ page, context, baseURL }) => {
  await page.goto('#/tickets/new');
  await expect(page.getByLabel('Title')).toBeFocused();
  const cdp = await context.newCDPSession(page);
  const origin = new URL(baseURL!).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await page.getByLabel('Title').fill('Disk full on the file server');
  await page.getByLabel('Description').fill('x'.repeat(5000));
  await page.getByRole('button', { name: 'Log incident' }).click();
  await expect(page.getByRole('alert')).toContainText('storage quota is full');
  await expect(page.getByLabel('Title')).toHaveValue('Disk full on the file server');

  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.getByRole('button', { name: 'Log incident' }).click();
  await expect(page).toHaveURL(/#\/tickets\/INC0001$/);
  await page.goto('#/tickets');
  await expect(page.locator('table.tickets tbody tr:not(.pad)')).toHaveCount(1);
});
