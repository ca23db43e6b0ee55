// Continual improvement: the seven-step model filters the register and explains each step;
// items are checked, created from the register, from a problem and from a dashboard finding,
// edited, and kept across a reload; the page speaks French too.
import { test, expect, type Page } from './fixtures';
import { readFileSync } from 'node:fs';

const rows = (page: Page) => page.locator('table.ci-register tbody tr');

/** Adds an item through the register's "New improvement" page. */
async function addItem(page: Page, title: string, practice: string, step: string) {
  await page.goto('#/improvement');
  await page.getByRole('link', { name: 'New improvement' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel(practice, { exact: true }).check();
  await page.getByLabel('Step of the model').selectOption({ label: step });
  await page.getByRole('button', { name: 'Add to the register' }).click();
  await expect(page).toHaveURL(/#\/improvement$/);
  await expect(page.getByRole('row', { name: new RegExp(title) })).toBeVisible();
}

/** Logs an incident in a category through the form. */
async function logInCategory(page: Page, title: string, category: string) {
  await page.goto('#/tickets/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Category').selectOption(category);
  await page.getByRole('button', { name: 'Log incident' }).click();
  await page.waitForURL(/#\/tickets\/INC\d{4}$/);
}

test('an item is refused until valid, then kept across a reload and edited', async ({ page }) => {
  await page.goto('#/improvement');
  await expect(page.getByRole('heading', { level: 1, name: 'Continual improvement' })).toBeVisible();
  await expect(page.getByText('No improvement item matches these filters.')).toBeVisible();
  await page.getByRole('link', { name: 'New improvement' }).click();
  await expect(page).toHaveURL(/#\/improvement\/new$/);

  await page.getByLabel('Owner').fill('Ana');
  await page.getByRole('button', { name: 'Add to the register' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Some fields need attention; nothing was saved.');
  await expect(alert).toContainText('Practices concerned');
  await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Owner')).toHaveValue('Ana');

  await page.getByLabel('Title').fill('Self-service password reset');
  await page.getByLabel('Service desk', { exact: true }).check();
  await page.getByLabel('Step of the model').selectOption({ label: 'Where are we now?' });
  await page.getByLabel('Expected benefit').fill('A third fewer calls to the desk');
  await page.getByRole('button', { name: 'Add to the register' }).click();
  await expect(page).toHaveURL(/#\/improvement$/);
  const row = page.getByRole('row', { name: /IMP0001/ });
  await expect(row).toContainText('Self-service password reset');
  await expect(row).toContainText('Service desk');
  await expect(row).toContainText('2. Where are we now?');
  await expect(row).toContainText('Proposed');
  await expect(row).toContainText('Ana');
  await expect(row).toContainText('Raised directly');

  await page.reload();
  await expect(page.getByRole('row', { name: /IMP0001/ })).toContainText('Self-service password reset');
  await page.getByRole('button', { name: 'Edit IMP0001' }).click();
  const form = page.locator('form.ci-form');
  await expect(form.getByLabel('Title')).toBeFocused();
  await expect(form.getByLabel('Expected benefit')).toHaveValue('A third fewer calls to the desk');
  await form.getByLabel('Status').selectOption({ label: 'In progress' });
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('row', { name: /IMP0001/ })).toContainText('In progress');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
  await expect(page.getByText('No improvement item matches these filters.')).toBeVisible();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Open (not done or rejected)' });
  await expect(rows(page)).toHaveCount(1);
});

test('an item raised from a problem links back to it', async ({ page }) => {
  await page.goto('#/tickets/new/problem');
  await page.getByLabel('Title').fill('Printers drop off the network');
  await page.getByRole('button', { name: 'Raise problem' }).click();
  await page.waitForURL(/#\/tickets\/PRB0001$/);

  await page.goto('#/improvement/new?problem=PRB0001');
  await expect(page.getByLabel('Title')).toHaveValue('Printers drop off the network');
  await expect(page.getByLabel('Problem management', { exact: true })).toBeChecked();
  await expect(page.locator('form.ci-form')).toContainText('Raised from');
  await page.getByRole('button', { name: 'Add to the register' }).click();
  await expect(page).toHaveURL(/#\/improvement$/);
  const row = page.getByRole('row', { name: /IMP0001/ });
  await expect(row).toContainText('Problem management');
  await row.getByRole('link', { name: 'PRB0001' }).click();
  await expect(page).toHaveURL(/#\/tickets\/PRB0001$/);

  await page.goto('#/improvement/new?problem=PRB0042');
  await expect(page.getByText('Problem PRB0042 was not found: the form starts blank.')).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('');
});

test('the dashboard raises an improvement from a recurring category', async ({ page }) => {
  await logInCategory(page, 'Wi-Fi drops in room 4', 'Network');
  await logInCategory(page, 'Wi-Fi drops in room 9', 'Network');
  await page.goto('#/');
  const candidates = page.getByRole('region', { name: 'Candidates for problem management' });
  await candidates.getByRole('link', { name: 'Raise an improvement' }).click();
  await expect(page).toHaveURL(/#\/improvement\/new\?finding=/);
  await expect(page.getByLabel('Title')).toHaveValue('Category Network recurs: 2 incidents in the period');
  await expect(page.getByLabel('Expected benefit')).toHaveValue(/Fewer repeat incidents/);
  await page.getByLabel('Incident management', { exact: true }).check();
  await page.getByRole('button', { name: 'Add to the register' }).click();
  await expect(page).toHaveURL(/#\/improvement$/);
  await expect(page.getByRole('row', { name: /IMP0001/ })).toContainText(
    'Report finding Category Network recurs: 2 incidents in the period');
});

test('the model diagram filters the register, explains each step, exports, and speaks French', async ({ page }) => {
  await addItem(page, 'Define the desk vision', 'Service desk', 'What is the vision?');
  await addItem(page, 'Measure first-call resolution', 'Service desk', 'Where are we now?');
  await expect(rows(page)).toHaveCount(2);

  const vision = page.getByRole('button', { name: 'Step 1 of 7: What is the vision? (1 item)' });
  const now = page.getByRole('button', { name: /^Step 2 of 7: Where are we now\?/ });
  await expect(page.getByRole('button', { name: 'Step 4 of 7: How do we get there? (0 items)' })).toBeVisible();
  await now.click();
  await expect(now).toHaveAttribute('aria-pressed', 'true');
  const panel = page.locator('.ci-panel');
  await expect(panel).toContainText('Step 2 of 7');
  await expect(panel).toContainText('Take an honest measure of today');
  await expect(panel).toContainText('In the register at this step: 1 item.');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Measure first-call resolution');
  await expect(page.getByLabel('Step', { exact: true })).toHaveValue('current_state');

  await vision.focus();
  await page.keyboard.press('Enter');
  await expect(vision).toHaveAttribute('aria-pressed', 'true');
  await expect(now).toHaveAttribute('aria-pressed', 'false');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Define the desk vision');
  await page.keyboard.press(' ');
  await expect(vision).toHaveAttribute('aria-pressed', 'false');
  await expect(rows(page)).toHaveCount(2);
  await expect(panel).toContainText('No step is selected');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as SVG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('continual-improvement.svg');
  const svg = readFileSync(await download.path(), 'utf8');
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain('What is the vision?');
  expect(svg).toContain('font-family=');

  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amélioration continue');
  await expect(page.getByRole('button', { name: 'Étape 1 sur 7\u00a0: Quelle est la vision\u00a0? (1 élément)' })).toBeVisible();
  await expect(page.locator('#ci-model-svg')).toContainText('Comment maintenir');
  await expect(page.getByRole('columnheader', { name: 'Numéro' })).toBeVisible();
  await page.getByRole('button', { name: /^Étape 3 sur 7/ }).click();
  await expect(panel).toContainText('Décrire la situation visée');
  await expect(page.getByText('Aucun élément d\'amélioration ne correspond à ces filtres.')).toBeVisible();
  // The French export is well-formed XML too (no HTML-only entity such as &nbsp;).
  const [french] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter en SVG' }).click(),
  ]);
  const frSvg = readFileSync(await french.path(), 'utf8');
  expect(frSvg).toContain('Quelle est la');
  expect(frSvg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#)[a-zA-Z]+;/);
});
