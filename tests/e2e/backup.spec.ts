// Backups: export, import into an empty browser, identical data; every kind of bad file is
// refused with the data unchanged.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, launch, logIncident, type Page } from './fixtures';

async function downloadBackup(page: Page): Promise<string> {
  await page.goto('#/settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^valuedesk-backup-\d{4}-\d{2}-\d{2}\.json$/);
  return readFileSync((await download.path())!, 'utf8');
}

/** The records of a backup, without its export time. */
function records(text: string) {
  const { exported_at: _, ...rest } = JSON.parse(text);
  return rest;
}

async function chooseFile(page: Page, name: string, text: string) {
  await page.getByLabel('Backup file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a backup imported into an empty browser gives identical data', async ({ page, baseURL }) => {
  await logIncident(page, 'Printer offline');
  await page.getByRole('button', { name: 'Start work', exact: true }).click();
  await expect(page.locator('.ticket-fields')).toContainText('In progress');
  await logIncident(page, 'VPN drops');
  // The reminder shows until a backup is taken.
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeVisible();
  const text = await downloadBackup(page);
  await expect(page.getByRole('button', { name: 'Back up now' })).toHaveCount(0);
  const file = JSON.parse(text);
  expect(file.format).toBe('valuedesk-backup');
  expect(file.format_version).toBe(1);
  expect(file.tickets).toHaveLength(2);

  const profile = mkdtempSync(join(tmpdir(), 'valuedesk-empty-'));
  const other = await launch(profile, baseURL!);
  try {
    const fresh = other.pages()[0] ?? (await other.newPage());
    await fresh.goto('#/settings');
    await chooseFile(fresh, 'backup.json', text);
    await expect(fresh.getByText('The file is valid: 2 tickets, 3 history events')).toBeVisible();
    // The progress bar and its label, as each chunk's report draws them (the write is brief).
    await fresh.evaluate(() => {
      const seen: string[] = ((window as any).__progress = []);
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('progress#import-progress');
        const label = document.querySelector('label[for=import-progress]');
        if (bar && label && bar.hasAttribute('value')) seen.push(`${label.textContent}|${bar.value}/${bar.max}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await fresh.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(fresh.getByText(/Imported: 2 tickets added/)).toBeVisible();
    const progress: string[] = await fresh.evaluate(() => (window as any).__progress);
    expect(progress.at(-1)).toMatch(/^Writing… (\d+) of \1 records\|(\d+)\/\2$/);
    await fresh.waitForEvent('load');
    await fresh.goto('#/tickets');
    await expect(fresh.locator('table.tickets tbody tr:not(.pad)')).toHaveCount(2);
    expect(records(await downloadBackup(fresh))).toEqual(records(text));
  } finally {
    await other.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('every kind of bad file is refused, saying why, and changes nothing', async ({ page }) => {
  await logIncident(page, 'Mail slow');
  const good = JSON.parse(await downloadBackup(page));
  const variant = (change: (f: any) => void) => { const f = structuredClone(good); change(f); return JSON.stringify(f); };
  const cases: [string, string][] = [
    ['{"format": "valuedesk-backup", ', 'is not valid JSON (line 1, column 31)'],
    ['[1, 2, 3]', 'is not a ValueDesk backup'],
    ['{"type": "excalidraw", "elements": []}', 'is not a ValueDesk backup'],
    [variant((f) => { f.format_version = 2; }), 'format version 2 is not one'],
    [variant((f) => { f.schema_version = 99; }), 'comes from a newer ValueDesk (database version 99'],
    [variant((f) => { delete f.tickets[0].kind; }), 'Record 1 of tickets'],
    [variant((f) => { f.events[0].ticket_id = 'NOPE'; }), 'refers through its field ticket_id to "NOPE"'],
    [variant((f) => { f.tickets.push(f.tickets[0]); }), 'holds'],
    [variant((f) => { f.tickets[0].service = 'Teleportation'; }), 'field service to "Teleportation"'],
    ['['.repeat(100) + ']'.repeat(100), 'nests lists and objects too deeply'],
  ];
  for (const [text, message] of cases) {
    await chooseFile(page, 'bad.json', text);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  }
  // Every store, byte for byte as exported before the attempts.
  const { exported_at: _, ...before } = good;
  expect(records(await downloadBackup(page))).toEqual(before);
});
