import { test, expect, act, type Page } from './fixtures';

async function raise(page: Page, kind: string, title: string, extra?: (page: Page) => Promise<void>) {
  await page.goto('#/tickets');
  await page.getByRole('link', { name: kind }).click();
  await page.getByLabel('Title').fill(title);
  if (extra) await extra(page);
  await page.getByRole('button', { name: /^(Log incident|Submit request|Raise problem|Raise change)$/ }).click();
  await page.waitForURL(/#\/tickets\/[A-Z]{3}\d{4}$/);
}

test('the hotline flow: incident, problem with known error, authorized change, resolution', async ({ page }) => {
  test.setTimeout(120_000);
  // A user calls the hotline.
  await raise(page, 'Log an incident', 'Email is down for sales', async (p) => {
    await p.getByLabel('Channel').selectOption({ label: 'Phone / hotline' });
    await p.getByLabel('Impact').selectOption({ label: 'High' });
    await p.getByLabel('Urgency').selectOption({ label: 'High' });
  });
  await expect(page).toHaveURL(/INC0001$/);
  await act(page, 'Start work', 'In progress');
  await act(page, 'Put on hold', 'On hold', (p) => p.getByLabel('Hold reason').selectOption({ label: 'Awaiting problem' }));
  await expect(page.locator('.ticket-fields')).toContainText('Awaiting problem');

  // A problem is raised from the incident, linked to it, and reaches known error.
  await page.getByRole('link', { name: 'Raise a problem from this incident' }).click();
  await expect(page.getByText('Will be linked to INC0001.')).toBeVisible();
  await page.getByLabel('Title').fill('Mail server certificate expires silently');
  await page.getByRole('button', { name: 'Raise problem' }).click();
  await expect(page).toHaveURL(/PRB0001$/);
  await expect(page.locator('.links')).toContainText('INC0001');
  await act(page, 'Assess', 'Assessed');
  await act(page, 'Start root cause analysis', 'Root cause analysis');
  await act(page, 'Record known error', 'Known error', async (p) => {
    await p.getByLabel('Symptom').fill('Outlook cannot connect');
    await p.getByLabel('Root cause').fill('Expired TLS certificate');
    await p.getByLabel('Workaround').fill('Use webmail until the certificate is renewed');
  });
  await expect(page.locator('.known-error')).toContainText('Use webmail until the certificate is renewed');

  // The incident finds the known error and applies its workaround.
  await page.goto('#/tickets/INC0001');
  await page.getByLabel('Search known errors').fill('outlook');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('button', { name: 'Apply workaround' }).click();
  await expect(page.locator('.links')).toContainText('PRB0001');
  await expect(page.locator('.history')).toContainText('Workaround from known error PRB0001: Use webmail');

  // A normal change is raised from the problem, authorized by two approvers, scheduled,
  // implemented and reviewed.
  await page.goto('#/tickets/PRB0001');
  await page.getByRole('link', { name: 'Raise a change from this problem' }).click();
  await page.getByLabel('Title').fill('Renew the mail server certificate');
  await page.getByLabel('Change type').selectOption({ label: 'Normal' });
  await page.getByLabel('Change authority (CAB)').fill('Ana, Ben');
  await page.getByLabel('Implementation plan').fill('Install the new certificate');
  await page.getByRole('button', { name: 'Raise change' }).click();
  await expect(page).toHaveURL(/CHG0001$/);
  await expect(page.locator('.links')).toContainText('PRB0001');
  await act(page, 'Assess', 'Assess');
  await act(page, 'Request authorization', 'Authorize');
  await expect(page.getByRole('button', { name: 'Close', exact: true })).toHaveCount(0);
  await act(page, 'Record a decision', 'Authorize', async (p) => {
    await expect(p.getByLabel('Approver')).toHaveValue('Ana');
    await p.getByLabel('Comment', { exact: true }).fill('Low risk');
  });
  // Scheduling is impossible before the second approval.
  await expect(page.getByRole('button', { name: 'Schedule', exact: true })).toHaveCount(0);
  await act(page, 'Record a decision', 'Authorize', async (p) => {
    await expect(p.getByLabel('Approver')).toHaveValue('Ben');
  });
  await act(page, 'Schedule', 'Scheduled', async (p) => {
    await p.getByLabel('Planned start').fill('2026-12-01T20:00');
    await p.getByLabel('Planned end').fill('2026-12-01T22:00');
  });
  await act(page, 'Start implementation', 'Implement');
  await act(page, 'Implementation done', 'Review');
  await act(page, 'Record review', 'Review', async (p) => {
    await p.getByLabel('Outcome').selectOption({ label: 'Successful' });
    await p.getByLabel('Review notes').fill('Mail flows again');
  });
  await act(page, 'Close', 'Closed');

  // The problem is resolved, then the incident is resolved and closed.
  await page.goto('#/tickets/PRB0001');
  await act(page, 'Resolve', 'Resolved', async (p) => {
    await p.getByLabel('Resolution notes').fill('Certificate renewed by CHG0001');
  });
  await page.goto('#/tickets/INC0001');
  await act(page, 'Resume', 'In progress');
  await act(page, 'Resolve', 'Resolved', async (p) => {
    await p.getByLabel('Resolution code').selectOption({ label: 'Solved (permanently)' });
    await p.getByLabel('Resolution notes').fill('Fixed by CHG0001');
  });
  await act(page, 'Close', 'Closed');
  await expect(page.getByText("No further action: this ticket's lifecycle is over.")).toBeVisible();

  // Every step is in each record's timeline after a reload.
  await page.reload();
  const incident = page.locator('.history');
  for (const step of ['Logged as INC0001', 'State: New → In progress', 'Hold reason: none → Awaiting problem',
    'State: On hold → In progress', 'State: In progress → Resolved', 'State: Resolved → Closed']) {
    await expect(incident).toContainText(step);
  }
  await page.goto('#/tickets/CHG0001');
  await page.reload();
  const change = page.locator('.history');
  for (const step of ['Ana approved', 'Ben approved', 'State: Authorize → Scheduled', 'Outcome: none → Successful',
    'State: Review → Closed']) {
    await expect(change).toContainText(step);
  }
  await page.goto('#/tickets/PRB0001');
  await page.reload();
  await expect(page.locator('.history')).toContainText('Workaround: none → Use webmail until the certificate is renewed');
  await expect(page.locator('.links')).toContainText('INC0001');
  await expect(page.locator('.links')).toContainText('CHG0001');
  await expect(page.locator('.ticket-fields')).toContainText('Resolved');
  await page.locator('.links').getByRole('link', { name: 'CHG0001' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Renew the mail server certificate');
});

test('work notes and comments join the timeline, newest first', async ({ page }) => {
  await raise(page, 'Log an incident', 'VPN drops');
  await page.getByLabel('Work note / Comment').fill('Asked the caller for logs');
  await page.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(page.locator('.history li').first()).toContainText('Asked the caller for logs');
  await page.getByLabel('Work note / Comment').fill('We are looking into it');
  await page.getByLabel('Type').selectOption({ label: 'Comment' });
  await page.getByRole('button', { name: 'Add to timeline' }).click();
  await expect(page.locator('.history li').first()).toContainText('We are looking into it');
  await page.reload();
  const items = page.locator('.history li');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('Comment');
  await expect(items.nth(1)).toContainText('Work note');
  await expect(items.nth(2)).toContainText('Logged as INC0001');
});

test('an incident cannot be resolved without notes, and the refusal says why', async ({ page }) => {
  await raise(page, 'Log an incident', 'Printer jam');
  await page.getByRole('button', { name: 'Resolve', exact: true }).click();
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('alert')).toContainText('“Resolution notes” is required.');
  await page.reload();
  await expect(page.locator('.ticket-fields')).toContainText('New');
});

test('a service request that needs approval waits for it', async ({ page }) => {
  await raise(page, 'New request', 'New laptop for Dana', (p) => p.getByLabel('Needs approval before fulfilment').check());
  await expect(page).toHaveURL(/REQ0001$/);
  await expect(page.getByRole('button', { name: 'Start work' })).toHaveCount(0);
  await act(page, 'Send for approval', 'Awaiting approval');
  await act(page, 'Record a decision', 'Approved', (p) => p.getByLabel('Approver').fill('Manager'));
  await act(page, 'Start work', 'In fulfilment');
  await act(page, 'Mark fulfilled', 'Fulfilled');
  await act(page, 'Close', 'Closed');
});

test('incidents link as parent and child, and unlinkable kinds are refused with a reason', async ({ page }) => {
  await raise(page, 'Log an incident', 'Whole floor offline');
  await raise(page, 'Log an incident', 'My PC is offline');
  await page.getByLabel('Ticket number to link').fill('INC0001');
  await page.getByLabel('Relation').selectOption({ label: 'Child of that incident' });
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(page.locator('.links')).toContainText('INC0001 — Incident · Parent');
  await page.goto('#/tickets/INC0001');
  await expect(page.locator('.links')).toContainText('INC0002 — Incident · Child');
  await raise(page, 'New request', 'Second screen');
  await page.getByLabel('Ticket number to link').fill('INC0001');
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('These two kinds of ticket are not linked');
});

/** Adds a standard change template in Settings. */
async function template(page: Page, name: string) {
  await page.goto('#/settings');
  await page.getByLabel('Template name').fill(name);
  await page.getByLabel('Implementation plan').fill('Apply the vendor patch');
  await page.getByLabel('Rollback plan').fill('Restore the snapshot');
  await page.locator('.card', { hasText: 'Standard change templates' }).getByRole('button', { name: 'Add' }).click();
  await expect(page.getByText(`${name} — Low — Apply the vendor patch`)).toBeVisible();
}

test('a standard change comes from a pre-approved template and skips authorization', async ({ page }) => {
  await page.goto('#/tickets/new/change');
  await page.getByLabel('Title').fill('Patch without template');
  await page.getByLabel('Change type').selectOption({ label: 'Standard' });
  await page.getByRole('button', { name: 'Raise change' }).click();
  await expect(page.getByLabel('Standard change template')).toHaveAccessibleDescription('This field is required.');
  await expect(page).toHaveURL(/#\/tickets\/new\/change$/);
  await template(page, 'Monthly patching');
  await page.goto('#/tickets/new/change');
  await page.getByLabel('Change type').selectOption({ label: 'Standard' });
  await page.getByLabel('Standard change template').selectOption('Monthly patching');
  await expect(page.getByLabel('Title')).toHaveValue('Monthly patching');
  await expect(page.getByLabel('Rollback plan')).toHaveValue('Restore the snapshot');
  await page.getByRole('button', { name: 'Raise change' }).click();
  await expect(page.getByRole('button', { name: 'Assess', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Schedule', exact: true })).toBeVisible();
});

test('the change calendar lists scheduled changes in date order', async ({ page }) => {
  await template(page, 'Monthly patching');
  for (const [title, start, end] of [['Patch mail server', '2026-12-01T20:00', '2026-12-01T23:00'],
    ['Move mail storage', '2026-12-01T22:00', '2026-12-02T01:00']]) {
    await raise(page, 'New change', title, async (p) => {
      await p.getByLabel('Change type').selectOption({ label: 'Standard' });
      await p.getByLabel('Standard change template').selectOption('Monthly patching');
    });
    await act(page, 'Schedule', 'Scheduled', async (p) => {
      await p.getByLabel('Planned start').fill(start);
      await p.getByLabel('Planned end').fill(end);
    });
  }
  await page.goto('#/changes/calendar');
  const rows = page.locator('table.calendar tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Patch mail server');
  // No shared service yet, so no clash.
  await expect(page.locator('.clash')).toHaveCount(0);
});

test('the new-incident form finds a known error, and logging links it and copies its workaround', async ({ page }) => {
  await raise(page, 'New problem', 'Printers drop off the network');
  await act(page, 'Assess', 'Assessed');
  await act(page, 'Start root cause analysis', 'Root cause analysis');
  await act(page, 'Record known error', 'Known error', async (p) => {
    await p.getByLabel('Symptom').fill('Printer offline after sleep');
    await p.getByLabel('Root cause').fill('Power saving drops the DHCP lease');
    await p.getByLabel('Workaround').fill('Switch the printer off and on');
  });
  await page.goto('#/tickets/new');
  await page.getByLabel('Title').fill('printer offline');
  await page.getByRole('button', { name: 'Is this a known error?' }).click();
  await page.getByLabel('PRB0001 Printers drop off the network').check();
  await page.getByRole('button', { name: 'Log incident' }).click();
  await expect(page).toHaveURL(/INC0001$/);
  await expect(page.locator('.links')).toContainText('PRB0001');
  await expect(page.locator('.history')).toContainText('Workaround from known error PRB0001: Switch the printer off and on');
});

test('editing impact and urgency recomputes the priority and records the change', async ({ page }) => {
  await raise(page, 'Log an incident', 'Slow laptop', async (p) => {
    await p.getByLabel('Impact').selectOption({ label: 'Low' });
    await p.getByLabel('Urgency').selectOption({ label: 'Low' });
  });
  await expect(page.locator('.ticket-fields')).toContainText('P5 Planning');
  await page.getByRole('button', { name: 'Edit details' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Slow laptop');
  await page.getByLabel('Title').fill('Every laptop on floor 2 is slow');
  await page.getByLabel('Impact').selectOption({ label: 'High' });
  await page.getByLabel('Urgency').selectOption({ label: 'High' });
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.locator('.ticket-fields')).toContainText('P1 Critical');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Every laptop on floor 2 is slow');
  await expect(page.locator('.history')).toContainText('Priority: P5 Planning → P1 Critical');
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel('Title').fill('');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('alert')).toContainText('Title: This field is required.');
});
