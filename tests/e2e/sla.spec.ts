// SLA clocks: live on the list and the ticket page, explained, paused on hold, and the
// "breaching soon" and "breached" filters, with the browser's clock moved forward.
import { test, expect, logIncident } from './fixtures';

test('a P1 incident shows its clocks, their explanation, and pauses on hold', async ({ page }) => {
  await logIncident(page, 'Payroll server down');
  const clocks = page.getByRole('region', { name: 'Service level clocks' });
  await expect(clocks.getByRole('heading', { name: 'Response' })).toBeVisible();
  await expect(clocks.getByRole('heading', { name: 'Resolution' })).toBeVisible();
  await expect(clocks).toContainText('Running');
  await expect(clocks).toContainText(/1[45] min left/);
  await clocks.getByText('Why it stands here').first().click();
  await expect(clocks).toContainText('Definition P1');
  await expect(clocks.getByText('Counting').first()).toBeVisible();

  await page.getByRole('button', { name: 'Put on hold', exact: true }).click();
  await page.getByLabel('Hold reason').selectOption({ label: 'Awaiting caller' });
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(clocks).toContainText('Paused');
  // Putting it on hold was the first agent action: the response clock met its target.
  await expect(clocks).toContainText('Met');
});

test('clocks move live and the list filters tickets breaching soon, then breached', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-02T10:00:00Z') });
  await logIncident(page, 'Mail down');
  await page.goto('#/tickets');
  const row = page.getByRole('row', { name: /Mail down/ });
  await expect(row).toContainText(/min left/);

  await page.clock.runFor('12:00');
  // The response clock of a P1 warns at 75% of its 15 minutes.
  await expect(row).toContainText(/[23] min left/);
  await page.getByLabel('SLA').selectOption({ label: 'Breaching soon' });
  await expect(page).toHaveURL(/sla=soon/);
  await expect(page.getByRole('row', { name: /Mail down/ })).toBeVisible();

  await page.clock.runFor('05:00');
  await page.getByLabel('SLA').selectOption({ label: 'Breached' });
  await expect(page).toHaveURL(/sla=breached/);
  const breached = page.getByRole('row', { name: /Mail down/ });
  await expect(breached).toContainText(/overdue/);
  await page.getByLabel('SLA').selectOption({ label: 'Breaching soon' });
  await expect(page.getByText('No ticket matches these filters.')).toBeVisible();
});
