// The dashboard and the period report: figures from the tickets in the browser, accessible
// charts with data tables and exports, drill-down to the list, and practice KPIs.
import { test, expect, logIncident } from './fixtures';
import { readFileSync } from 'node:fs';

test('the dashboard counts the tickets, drills down and exports a chart', async ({ page }) => {
  await logIncident(page, 'Mail down');
  await logIncident(page, 'VPN slow', 'Low', 'Low');
  await page.goto('#/');
  await expect(page.getByRole('status').filter({ hasText: 'tickets read in' })).toContainText('2 tickets read');
  const openTile = page.getByRole('link', { name: /Open tickets/ });
  await expect(openTile).toContainText('2');

  const chart = page.locator('#chart-open-by-priority');
  await expect(chart.getByRole('heading', { name: 'Open tickets by priority' })).toBeVisible();
  await expect(chart.getByRole('group', { name: 'Open tickets by priority' })).toBeVisible();
  // The data table says the same as the bars.
  await chart.getByText('Data table').click();
  const table = chart.getByRole('table');
  await expect(table.getByRole('row', { name: /P1 Critical/ })).toContainText('1');
  await expect(table.getByRole('row', { name: /P5 Planning/ })).toContainText('1');

  // CSV export of the same data.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: /Download the data of “Open tickets by priority” as CSV/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('valuedesk-open-by-priority.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('Priority,Tickets');
  expect(csv).toContain('P1 Critical,1');
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: /as an SVG image/ }).click(),
  ]);
  expect(readFileSync(await svg.path(), 'utf8')).toContain('<svg');

  // A bar opens the list filtered to it.
  await chart.getByRole('link', { name: /^P1 Critical: 1/ }).click();
  await expect(page).toHaveURL(/#\/tickets\?priority=P1&open=1/);
  await expect(page.getByRole('row', { name: /Mail down/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /VPN slow/ })).toHaveCount(0);
});

test('practice KPIs have definitions and the period report prints in French', async ({ page }) => {
  await logIncident(page, 'Printer jam');
  await page.goto('#/');
  const kpis = page.getByRole('region', { name: 'Incident management' });
  await expect(kpis).toContainText('Incidents logged');
  await kpis.getByText('Definition').first().click();
  await expect(kpis).toContainText('Incidents logged in the period.');
  await expect(page.getByRole('region', { name: 'Service level management' })).toBeVisible();

  await page.getByLabel('Period').selectOption({ label: 'Custom dates' });
  await page.getByLabel('From', { exact: true }).fill('2020-01-01');
  await page.getByLabel('To', { exact: true }).fill('2019-01-01');
  await expect(page.getByRole('alert')).toContainText('Choose a start date on or before the end date.');
  await page.getByLabel('To', { exact: true }).fill('2030-12-31');
  await expect(page.getByRole('status').filter({ hasText: 'tickets read in' })).toBeVisible();

  await page.getByRole('link', { name: 'Printable period report' }).click();
  await expect(page).toHaveURL(/#\/report\?from=2020-01-01&to=2030-12-31/);
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapport de gestion des services');
  await expect(page.getByText('Du 2020-01-01 au 2030-12-31')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  // Printed, the definitions are plain text and the navigation is hidden.
  await expect(page.getByText('Incidents enregistrés sur la période.')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
});
