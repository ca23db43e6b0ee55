import { test, expect, logIncident, type Page } from './fixtures';

/** Writes `n` incidents straight into the app's IndexedDB, as a large team's data would be. */
async function seed(page: Page, n: number) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.evaluate(async (count) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('valuedesk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['tickets', 'settings'], 'readwrite');
    const store = tx.objectStore('tickets');
    const words = ['Mail', 'Printer', 'VPN', 'Laptop', 'Badge'];
    const states = ['new', 'in_progress', 'on_hold', 'closed'];
    for (let i = 1; i <= count; i++) {
      const created = 1_760_000_000_000 + i * 60_000;
      const id = created.toString(36).padStart(10, '0').toUpperCase() + String(i).padStart(16, '0');
      store.put({
        id, rev: '1-seed', number: 'INC' + String(i).padStart(4, '0'), kind: 'incident',
        title: `${words[i % 5]} problem ${i}`, description: '', caller: 'Seed', channel: 'email',
        impact: 'low', urgency: 'low', priority: 1 + (i % 5), state: states[i % 4], created, updated: created,
        deleted: false, approvals: [],
      });
    }
    tx.objectStore('settings').put({ key: 'counter.INC', value: count });
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
  }, n);
}

const rows = (page: Page) => page.locator('table.tickets tbody tr:not(.pad)');

test('a large list renders only the visible rows and loads more while scrolling', async ({ page }) => {
  await seed(page, 3000);
  await page.goto('#/tickets');
  await expect(rows(page).first()).toContainText('INC3000');
  expect(await rows(page).count()).toBeLessThan(60);
  // The first read is a screenful (40); the rest comes 100 at a time while scrolling.
  await expect(page.getByText('40 tickets loaded, more below')).toBeVisible();
  const region = page.getByRole('region', { name: 'Ticket list' });
  for (let i = 0; i < 8; i++) {
    await region.evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await page.waitForTimeout(100);
  }
  await expect(page.getByText(/[1-9]\d0 tickets loaded/)).toBeVisible();
  expect(await rows(page).count()).toBeLessThan(60);
});

test('filters live in the URL, combine, and survive a reload', async ({ page }) => {
  await seed(page, 200);
  await page.goto('#/tickets');
  await page.getByLabel('State').selectOption({ label: 'Closed' });
  await page.getByLabel('Search').fill('vpn');
  await expect(page).toHaveURL(/#\/tickets\?state=closed&q=vpn$/);
  await expect(rows(page).first()).toContainText('VPN');
  const count = await rows(page).count();
  expect(count).toBe(10); // i ≡ 2 (mod 5) and i ≡ 3 (mod 4): one in twenty of 200
  await page.reload();
  await expect(page.getByLabel('Search')).toHaveValue('vpn');
  await expect(rows(page)).toHaveCount(10);
  await expect(async () => {
    for (const text of await rows(page).allTextContents()) expect(text).toContain('Closed');
  }).toPass({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/#\/tickets$/);
});

test('the list sorts by a column header and saves a named view', async ({ page }) => {
  await seed(page, 50);
  await page.goto('#/tickets');
  await page.getByRole('button', { name: 'Priority', exact: true }).click();
  await expect(page).toHaveURL(/sort=priority/);
  await expect(rows(page).first()).toContainText('P1 Critical');
  await page.getByLabel('Priority', { exact: true }).selectOption({ label: 'P2 High' });
  await page.getByLabel('Name of this view').fill('My P2');
  await page.getByRole('button', { name: 'Save view' }).click();
  await page.goto('#/tickets');
  await page.reload();
  await page.getByRole('link', { name: 'My P2' }).click();
  await expect(page).toHaveURL(/priority=P2/);
  // The list keeps its rows until the new answer arrives (one repaint): wait for it.
  await expect(async () => {
    const texts = await rows(page).allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toContain('P2 High');
  }).toPass({ timeout: 10_000 });
});

test('keyboard: n opens the form, / searches, arrows move between tickets', async ({ page }) => {
  await logIncident(page, 'First one');
  await logIncident(page, 'Second one');
  await page.goto('#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search')).toBeFocused();
  await page.getByLabel('Search').press('Escape');
  await page.getByRole('link', { name: 'INC0002' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('link', { name: 'INC0001' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('link', { name: 'INC0002' })).toBeFocused();
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/#\/tickets\/new$/);
  await expect(page.getByLabel('Title')).toBeFocused();
});
