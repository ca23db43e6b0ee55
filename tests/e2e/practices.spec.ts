// Practice settings: saved per practice, kept across a reload, filtered, and reset; what a
// disabled practice turns off elsewhere; live KPIs on the cards.
import { test, expect, logIncident, type Page } from './fixtures';

const summary = (page: Page) => page.getByRole('status').filter({ hasText: 'practices enabled' });

/** Opens a practice's settings on the practices page, sets Enabled, and saves. */
async function setEnabled(page: Page, key: string, enabled: boolean) {
  await page.getByRole('navigation').getByRole('link', { name: 'Practices' }).click();
  const card = page.locator(`#practice-${key}`);
  await card.getByText('Configure').click();
  await card.getByLabel('Enabled', { exact: true }).setChecked(enabled);
  await card.getByRole('button', { name: 'Save this practice' }).click();
  await expect(card.getByText('Saved.')).toBeVisible();
}

test('practice changes persist across a reload, filter by enabled, and reset', async ({ page }) => {
  await page.goto('#/practices');
  await expect(summary(page)).toHaveText('34 of 34 practices enabled, mean maturity 1.0');
  const change = page.locator('#practice-change-enablement');
  await change.getByText('Configure').click();
  // A new workspace starts from the reference activities.
  await expect(change.getByLabel('Plan', { exact: true })).toBeChecked();
  await expect(change.getByLabel('Deliver and support', { exact: true })).toBeChecked();
  await expect(change.getByLabel('Obtain/build', { exact: true })).not.toBeChecked();
  await change.getByLabel('Enabled', { exact: true }).uncheck();
  await expect(change.getByRole('note')).toHaveText('While it is disabled, no new change can be raised; existing changes can still be worked on.');
  await expect(change.locator('.practice-activities')).toHaveText('Value chain: Plan · Design and transition · Deliver and support');
  await change.getByLabel('Owner').fill('Carol');
  await change.getByLabel('Maturity (1 to 5)').selectOption('3');
  await change.getByLabel('Obtain/build', { exact: true }).check();
  await change.getByLabel('Deliver and support', { exact: true }).uncheck();
  await change.getByLabel('Notes').fill('CAB meets on Tuesdays.');
  await change.getByRole('button', { name: 'Save this practice' }).click();
  await expect(change.getByText('Saved.')).toBeVisible();
  await expect(summary(page)).toHaveText('33 of 34 practices enabled, mean maturity 1.0');

  await page.reload();
  await expect(summary(page)).toHaveText('33 of 34 practices enabled, mean maturity 1.0');
  const again = page.locator('#practice-change-enablement');
  await expect(again).toContainText('Disabled');
  await again.getByText('Configure').click();
  await expect(again.getByLabel('Owner')).toHaveValue('Carol');
  await expect(again.getByLabel('Maturity (1 to 5)')).toHaveValue('3');
  await expect(again.getByLabel('Obtain/build', { exact: true })).toBeChecked();
  await expect(again.getByLabel('Deliver and support', { exact: true })).not.toBeChecked();
  await expect(again.getByLabel('Notes')).toHaveValue('CAB meets on Tuesdays.');

  await page.getByLabel('Enabled practices only').check();
  await expect(page.locator('#practice-change-enablement')).toHaveCount(0);
  await expect(page.locator('.practice .badge')).toHaveCount(33);
  await page.getByLabel('Category').selectOption({ label: 'Technical management practices' });
  await expect(page.locator('.practice')).toHaveCount(3);

  await page.getByRole('button', { name: 'Reset every practice to its defaults' }).click();
  await expect(summary(page)).toHaveText('34 of 34 practices enabled, mean maturity 1.0');
  await page.getByLabel('Category').selectOption({ label: 'All categories' });
  const reset = page.locator('#practice-change-enablement');
  await reset.getByText('Configure').click();
  await expect(reset.getByLabel('Deliver and support', { exact: true })).toBeChecked();
  await expect(reset.getByLabel('Obtain/build', { exact: true })).not.toBeChecked();
  await expect(reset.getByLabel('Owner')).toHaveValue('');
});

test('disabling change enablement hides change creation everywhere and says why, until it is enabled again', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('#/tickets/new/problem');
  await page.getByLabel('Title').fill('Printers drop off the network');
  await page.getByRole('button', { name: 'Raise problem' }).click();
  await page.waitForURL(/#\/tickets\/PRB0001$/);
  await expect(page.getByRole('link', { name: 'Raise a change from this problem' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Show its journey' })).toHaveAttribute('href', '#/tickets/PRB0001/journey');
  await expect(page.getByRole('link', { name: 'Raise an improvement' })).toHaveAttribute('href', /#\/improvement\/new\?problem=PRB0001/);

  await setEnabled(page, 'change-enablement', false);
  const why = 'New changes cannot be raised: the “Change enablement” practice is disabled.';

  // The list offers no new change, and says why with a way to the practices page.
  await page.getByRole('navigation').getByRole('link', { name: 'Tickets' }).click();
  await expect(page.getByRole('link', { name: 'New problem' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New change' })).toHaveCount(0);
  await expect(page.getByRole('note')).toContainText(why);
  // The problem can still be worked on, but no change is raised from it.
  await page.getByRole('link', { name: 'PRB0001' }).click();
  await expect(page.getByRole('button', { name: 'Assess', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Raise a change from this problem' })).toHaveCount(0);
  await expect(page.locator('.links').getByRole('note')).toContainText(why);
  // The new-change address explains instead of showing the form, also after a reload.
  await page.goto('#/tickets/new/change?from=PRB0001');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raise a change');
  await expect(page.getByRole('note')).toContainText(why);
  await expect(page.getByRole('note')).toContainText('Existing tickets stay visible and can still be worked on.');
  await expect(page.getByLabel('Title')).toHaveCount(0);
  await page.getByRole('link', { name: 'Open the practices page' }).click();
  await expect(page).toHaveURL(/#\/practices$/);
  await expect(page.locator('#practice-change-enablement')).toContainText('Disabled');

  await setEnabled(page, 'change-enablement', true);
  await page.getByRole('navigation').getByRole('link', { name: 'Tickets' }).click();
  await expect(page.getByRole('note')).toHaveCount(0);
  await page.getByRole('link', { name: 'New change' }).click();
  await expect(page.getByLabel('Title')).toBeVisible();
  await page.goto('#/tickets/PRB0001');
  await expect(page.getByRole('link', { name: 'Raise a change from this problem' })).toBeVisible();
});

test('disabling continual improvement hides "Raise an improvement" on problems', async ({ page }) => {
  await page.goto('#/tickets/new/problem');
  await page.getByLabel('Title').fill('Backups overrun');
  await page.getByRole('button', { name: 'Raise problem' }).click();
  await page.waitForURL(/#\/tickets\/PRB0001$/);
  await setEnabled(page, 'continual-improvement', false);
  await page.goto('#/tickets/PRB0001');
  await expect(page.getByRole('link', { name: 'Show its journey' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Raise an improvement' })).toHaveCount(0);
  await expect(page.getByRole('note')).toContainText('New improvements cannot be raised');
});

test('incident management shows its live mean time to resolve once an incident is resolved', async ({ page }) => {
  await page.goto('#/practices');
  const incidents = page.locator('#practice-incident-management');
  const kpi = (name: string) => incidents.locator('.practice-kpi', { hasText: name }).locator('dd');
  await expect(incidents.getByRole('heading', { name: 'Live KPIs, last 30 days' })).toBeVisible();
  await expect(kpi('Mean time to resolve')).toHaveText('Not measured yet');
  await expect(kpi('Incidents logged')).toHaveText('0');
  // Practices whose work is not recorded as tickets show no KPIs.
  await expect(page.locator('#practice-risk-management .practice-kpis')).toHaveCount(0);

  await logIncident(page, 'VPN drops every hour');
  await page.getByRole('button', { name: 'Start work', exact: true }).click();
  await expect(page.locator('.ticket-fields')).toContainText('In progress');
  await page.getByRole('button', { name: 'Resolve', exact: true }).click();
  await page.getByLabel('Resolution code').selectOption({ label: 'Solved (permanently)' });
  await page.getByLabel('Resolution notes').fill('Client updated');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator('.ticket-fields')).toContainText('Resolved');

  await page.getByRole('navigation').getByRole('link', { name: 'Practices' }).click();
  await expect(kpi('Incidents logged')).toHaveText('1');
  await expect(kpi('Mean time to resolve')).toHaveText(/^\d+ min$/);
});
