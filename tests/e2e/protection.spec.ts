// Storage protection: persistence and usage in Settings; a store holding a record that does
// not read back stops all writing, and what can be read is offered as a file.
import { readFileSync } from 'node:fs';
import { test, expect, logIncident } from './fixtures';

test('settings show whether the browser keeps the data, with usage and quota', async ({ page }) => {
  await page.goto('#/settings');
  await expect(page.locator('#storage-persistence')).toHaveText(/^(Protected|Not protected|This browser does not say)/);
  await expect(page.locator('#storage-usage')).toHaveText(/^Space used: [\d.]+ [KMG]?B of [\d.]+ [KMG]?B available to this site\.$/);
});

test('a corrupt record stops writing and offers what can still be read, changing nothing', async ({ page }) => {
  await logIncident(page, 'Keyboard missing keys');
  // Another program (or a bug) leaves a ticket that is not a ticket.
  await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok, ko) => {
      const r = indexedDB.open('valuedesk'); r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error);
    });
    const tx = db.transaction('tickets', 'readwrite');
    tx.objectStore('tickets').put({ id: 'ZZZ', number: 'INC9999', kind: 'incident', created: Date.now(), updated: Date.now(), title: 42 });
    await new Promise((ok) => { tx.oncomplete = ok; });
    db.close();
  });
  await page.goto('#/tickets');
  const problem = page.locator('.storage-problem');
  await expect(problem).toContainText('Your data has not been touched, and nothing more will be written.');
  // The whole page gave way: no form or action is left to write with.
  await expect(page.getByRole('link', { name: 'Log an incident' })).toHaveCount(0);
  await expect(page.locator('table.tickets')).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    problem.getByRole('button', { name: 'Download what can still be read' }).click(),
  ]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(file.format).toBe('valuedesk-backup');
  expect(file.tickets.map((t: any) => t.number).sort()).toEqual(['INC0001', 'INC9999']);
  expect(file.tickets.find((t: any) => t.number === 'INC9999').title).toBe(42);
});
