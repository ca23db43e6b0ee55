// Guided scenarios: a tour run through the panel's buttons performs real actions, and the
// records it made are there afterwards.
import { test, expect, act, type Page } from './fixtures';

/** A VPN service and a known error about it, as the demo workspace will have them. */
async function vpnKnownError(page: Page) {
  await page.goto('#/settings');
  await page.getByLabel('Service name').fill('VPN');
  await page.getByLabel('Owner', { exact: true }).fill('Network team');
  await page.getByRole('button', { name: 'Add' }).nth(1).click();
  await expect(page.getByText('VPN — Network team')).toBeVisible();
  await page.goto('#/tickets/new/problem');
  await page.getByLabel('Title').fill('VPN drops connections at peak times');
  await page.getByLabel('Affected service').selectOption('VPN');
  await page.getByRole('button', { name: 'Raise problem' }).click();
  await page.waitForURL(/#\/tickets\/PRB0001$/);
  await act(page, 'Assess', 'Assessed');
  await act(page, 'Start root cause analysis', 'Root cause analysis');
  await act(page, 'Record known error', 'Known error', async (p) => {
    await p.getByLabel('Symptom').fill('VPN drops every few minutes');
    await p.getByLabel('Root cause').fill('The gateway runs out of sessions');
    await p.getByLabel('Workaround').fill('Connect to the second gateway vpn2');
  });
}

function panel(page: Page, title: string) {
  return page.getByRole('dialog', { name: `Guided scenario: ${title}` });
}

async function start(page: Page, title: string) {
  await page.getByRole('navigation').getByRole('link', { name: 'Guided scenarios' }).click();
  await page.getByRole('button', { name: `Start the scenario ${title}` }).click();
  await expect(panel(page, title)).toBeVisible();
}

/** Presses "Do it" and waits for the panel to say how it went. */
async function doIt(dialog: ReturnType<typeof panel>, said: string | RegExp) {
  await dialog.getByRole('button', { name: 'Do it' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: said })).toBeVisible();
}

test('scenario 1 runs to the end, back and forth, and leaves its records', async ({ page }) => {
  await vpnKnownError(page);
  await start(page, 'A user calls the hotline');
  const dialog = panel(page, 'A user calls the hotline');
  await expect(dialog).toContainText('Step 1 of 10');
  await expect(page).toHaveURL(/#\/tickets\/new$/);
  await expect(dialog.locator('.tour-stop.current')).toHaveText('Engage');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await doIt(dialog, 'Done: INC0001.');
  await expect(page).toHaveURL(/#\/tickets\/INC0001$/);
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog.getByRole('heading')).toHaveText('Priority from impact × urgency');
  await expect(page.locator('.tour-highlight')).toBeVisible();
  // Back shows the logging step as done: Next, no second incident.
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(dialog).toContainText('Step 2 of 10');
  await expect(dialog.getByRole('button', { name: 'Do it' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog).toContainText('Step 4 of 10');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await doIt(dialog, 'Done.');
  await expect(page.locator('[data-tour="assignment"]')).toHaveText('Network');
  await expect(dialog.locator('.tour-stop.current')).toHaveText('Deliver and support');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await doIt(dialog, 'Found the known error PRB0001');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await doIt(dialog, 'Done.');
  await expect(page.locator('.history')).toContainText('Workaround from known error PRB0001');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await doIt(dialog, 'Done.');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await doIt(dialog, 'Done.');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await expect(dialog).toContainText('Step 10 of 10');
  await expect(page).toHaveURL(/#\/tickets\/PRB0001$/);
  const current = dialog.locator('.tour-stop[aria-current="step"]');
  await expect(current).toHaveText('Improve');
  await dialog.getByRole('button', { name: 'Finish' }).click();
  await expect(dialog).toHaveCount(0);

  // The records the scenario made.
  await page.goto('#/tickets/INC0001');
  const fields = page.locator('.ticket-fields');
  await expect(fields).toContainText('Closed');
  await expect(fields).toContainText('P2');
  await expect(fields).toContainText('Network');
  await expect(fields).toContainText('VPN');
  await expect(fields).toContainText('Phone / hotline');
  await expect(page.locator('section.links')).toContainText('PRB0001');
  await expect(page.locator('.history')).toContainText('Workaround from known error PRB0001: Connect to the second gateway vpn2');
  await page.goto('#/tickets?kind=incident');
  await expect(page.getByRole('row', { name: /INC0002/ })).toHaveCount(0);
});

test('scenario 3 fulfils a request; leaving mid-way removes the panel for good', async ({ page }) => {
  await page.goto('./');
  await start(page, 'A standard service request');
  const dialog = panel(page, 'A standard service request');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await doIt(dialog, 'Done: REQ0001.');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await doIt(dialog, 'needs no approval');
  for (let i = 0; i < 3; i++) {
    await dialog.getByRole('button', { name: 'Next' }).click();
    await doIt(dialog, 'Done.');
  }
  await expect(page.locator('[data-tour="state"]')).toHaveText('Closed');
  await expect(page.locator('.history')).toContainText('Fulfilled');

  await start(page, 'A tour of the service value system');
  const svs = panel(page, 'A tour of the service value system');
  await svs.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/#\/svs$/);
  await page.reload();
  await expect(svs).toContainText('Step 2 of 9');
  await svs.getByRole('button', { name: 'Leave' }).click();
  await expect(svs).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the scenarios speak French', async ({ page }) => {
  await page.goto('#/scenarios');
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scénarios guidés');
  await page.getByRole('button', { name: 'Commencer le scénario Visite du système de valeur des services' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scénario guidé\u00a0: Visite du système de valeur des services' });
  await expect(dialog).toContainText('Étape 1 sur 9');
  await expect(dialog.getByRole('button', { name: 'Suivant' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Quitter' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Recommencer' })).toBeVisible();
});

test('screenshots of the panel over the ticket page', async ({ page }) => {
  test.skip(!process.env.TOUR_SHOTS, 'set TOUR_SHOTS=dir to take them');
  const dir = process.env.TOUR_SHOTS!;
  await vpnKnownError(page);
  await start(page, 'A user calls the hotline');
  const dialog = panel(page, 'A user calls the hotline');
  await dialog.getByRole('button', { name: 'Next' }).click();
  await doIt(dialog, 'Done: INC0001.');
  for (let i = 0; i < 3; i++) await dialog.getByRole('button', { name: 'Next' }).click();
  await doIt(dialog, 'Done.');
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${dir}/en-1280.png` });
  await page.locator('#lang').selectOption('fr');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${dir}/fr-1024.png` });
  await page.setViewportSize({ width: 800, height: 900 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${dir}/fr-800.png` });
  await page.locator('#tour-primary').focus();
  await page.keyboard.press('Tab');
  await page.screenshot({ path: `${dir}/fr-800-focus.png` });
});
