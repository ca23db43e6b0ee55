import { test, expect, logIncident, type Page } from './fixtures';
import { readFileSync } from 'node:fs';

/** Clicks the export button and returns the downloaded file's name and bytes. */
async function exportCsv(page: Page, label = 'Export CSV') {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

/** Reads CSV as RFC 4180 writes it: quoted cells may hold commas, quotes and line breaks. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  expect(row.length + cell.length, 'the file ends with CRLF').toBe(0);
  return rows;
}

/** The file as rows, after checking its UTF-8 byte order mark. */
function rowsOf(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes.subarray(3).toString('utf8'));
}

/** Today's date in the browser's local time, as the file name carries it. */
const today = (page: Page) => page.evaluate(() => {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
});

const HOSTILE = '=HYPERLINK("http://x")';
const QUOTED = '"quotes", commas and café';

test('Export CSV writes exactly the filtered tickets, quoted, with formulas defused', async ({ page }) => {
  await logIncident(page, HOSTILE);
  await logIncident(page, QUOTED);
  await logIncident(page, 'Printer jam', 'Low', 'Low');
  await page.goto('#/tickets');
  await page.getByLabel('Priority', { exact: true }).selectOption({ label: 'P1 Critical' });
  await expect(page).toHaveURL(/priority=P1/);
  await expect(page.getByText('2 tickets loaded')).toBeVisible();

  const { name, bytes } = await exportCsv(page);
  expect(name).toBe(`valuedesk-tickets-${await today(page)}.csv`);
  const rows = rowsOf(bytes);
  expect(rows[0].slice(0, 5)).toEqual(['Number', 'Type', 'Title', 'State', 'Priority']);
  expect(rows[0]).toContain('Assignment group');
  expect(rows[0]).toContain('SLA status');
  expect(rows).toHaveLength(3);
  const col = (header: string) => rows.slice(1).map((r) => r[rows[0].indexOf(header)]);
  expect(col('Number')).toEqual(['INC0002', 'INC0001']);
  expect(col('Title')).toEqual([QUOTED, `'${HOSTILE}`]);
  expect(col('Priority')).toEqual(['P1 Critical', 'P1 Critical']);
  expect(col('State')).toEqual(['New', 'New']);
  expect(col('Created')[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  expect(bytes.toString('utf8')).toContain(`"'=HYPERLINK(""http://x"")"`);
  await expect(page.getByRole('status').filter({ hasText: 'saved' })).toHaveText(`${name} saved. Tickets: 2.`);

  // The export follows the interface's language.
  await page.getByLabel('Language').selectOption('fr');
  const french = rowsOf((await exportCsv(page, 'Exporter en CSV')).bytes);
  expect(french[0].slice(0, 5)).toEqual(['Numéro', 'Type', 'Titre', 'État', 'Priorité']);
  expect(french[0]).toContain('Statut SLA');
  expect(french.slice(1).map((r) => r[3])).toEqual(['Nouveau', 'Nouveau']);
  expect(french.slice(1).map((r) => r[2])).toEqual([QUOTED, `'${HOSTILE}`]);
});

test('Export CSV reads every matching ticket, not only the rows in view', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.evaluate(async (count) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('valuedesk');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['tickets', 'settings'], 'readwrite');
    const states = ['new', 'in_progress', 'on_hold', 'closed'];
    for (let i = 1; i <= count; i++) {
      const created = 1_760_000_000_000 + i * 60_000;
      const id = created.toString(36).padStart(10, '0').toUpperCase() + String(i).padStart(16, '0');
      tx.objectStore('tickets').put({
        id, rev: '1-seed', number: 'INC' + String(i).padStart(4, '0'), kind: 'incident',
        title: `Seeded ${i}`, description: '', caller: 'Seed', channel: 'email', impact: 'low', urgency: 'low',
        priority: 1 + (i % 5), state: states[i % 4], created, updated: created, deleted: false, approvals: [],
      });
    }
    tx.objectStore('settings').put({ key: 'counter.INC', value: count });
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
  }, 4500);
  await page.goto('#/tickets?state=closed');
  await expect(page.getByText('40 tickets loaded, more below')).toBeVisible();

  const rows = rowsOf((await exportCsv(page)).bytes);
  expect(rows).toHaveLength(1 + 1125); // i ≡ 3 (mod 4), over two pages of a thousand
  expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(1125);
  expect(rows.slice(1).every((r) => r[3] === 'Closed')).toBe(true);
  await expect(page.getByText(/saved\. Tickets: 1125\.$/)).toBeVisible();
});

test('a failed export says so and the list stays', async ({ page }) => {
  await logIncident(page, 'Mail down');
  await page.goto('#/tickets');
  await expect(page.getByRole('link', { name: 'INC0001' })).toBeVisible();
  await page.evaluate(() => {
    IDBObjectStore.prototype.index = () => { throw new DOMException('broken index', 'UnknownError'); };
  });
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByRole('alert')).toContainText('The export failed');
  await expect(page.getByRole('link', { name: 'INC0001' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
});
