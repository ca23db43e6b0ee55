// Helpers of the team sync tests: the CouchDB-protocol test server (scripts/couch), second
// laptops (browser profiles of their own), and the workspace's stored counts.
import { expect, launch } from './fixtures';
import { type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { records } from '../../bench/dataset.mjs';

export const COUCH = process.env.VALUEDESK_COUCH_URL ?? 'http://127.0.0.1:5984';
export const ADMIN = { user: 'valuedesk', password: 'valuedesk-test' };
export const AUTH = 'Basic ' + Buffer.from(`${ADMIN.user}:${ADMIN.password}`).toString('base64');

/** A new, empty database on the server, as a team's administrator creates it. */
export async function freshDatabase(request: APIRequestContext, test: string): Promise<string> {
  const name = `e2e-${test}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const made = await request.put(`${COUCH}/${name}`, { headers: { Authorization: AUTH } });
  expect(made.status(), await made.text()).toBe(201);
  return name;
}

/** What the server holds: live documents, and the ids of documents in conflict. */
export async function serverState(request: APIRequestContext, db: string) {
  const all = await (await request.get(`${COUCH}/${db}/_all_docs?conflicts=true&include_docs=true`,
    { headers: { Authorization: AUTH } })).json();
  const rows: any[] = all.rows;
  return { count: rows.length, conflicted: rows.filter((r) => r.doc?._conflicts).map((r) => r.id) };
}

/** The server's winning version of the ticket numbered `number`. */
export async function serverTicket(request: APIRequestContext, db: string, number: string) {
  const all = await (await request.get(`${COUCH}/${db}/_all_docs?include_docs=true`,
    { headers: { Authorization: AUTH } })).json();
  return all.rows.map((r: any) => r.doc).find((d: any) => d?.number === number);
}

/** A second laptop: its own browser profile. */
export async function laptop(baseURL: string): Promise<{ context: BrowserContext; page: Page; done: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'valuedesk-laptop-'));
  const context = await launch(dir, baseURL);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, done: async () => { await context.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Fills Settings → Team sync and saves it. */
export async function connect(page: Page, db: string, user = ADMIN.user, password = ADMIN.password, url = COUCH) {
  await page.goto('#/settings');
  await page.getByLabel('CouchDB server address', { exact: true }).fill(url);
  await page.getByLabel('Database', { exact: true }).fill(db);
  await page.getByLabel('User name', { exact: true }).fill(user);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Save and sync' }).click();
}

/** Logs an incident through the form; its number (tagged in a synced workspace). */
export async function logIncident(page: Page, title: string): Promise<string> {
  await page.goto('#/tickets/new');
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Log incident' }).click();
  await page.waitForURL(/#\/tickets\/INC\d{4}(-[0-9A-Z]{3})?$/);
  return page.url().split('/').pop()!;
}

/** Writes `n` realistic tickets with their history (or only their creation events, when
 * `creationOnly`) straight into the workspace's database. */
export async function seed(page: Page, n: number, creationOnly = false) {
  await page.goto('#/tickets');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const counts = await page.evaluate(async ({ n, source, creationOnly }) => {
    const make = new Function(`return (${source})`)();
    const made = make(n, 1, n + 1, Date.now());
    const tickets = made.tickets;
    const events = creationOnly ? made.events.filter((e: any) => e.field === 'created') : made.events;
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('valuedesk'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error);
    });
    const tx = db.transaction(['tickets', 'ticket_events'], 'readwrite');
    for (const t of tickets) tx.objectStore('tickets').put(t);
    for (const e of events) tx.objectStore('ticket_events').put(e);
    await new Promise((res, rej) => { tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
    db.close();
    return { tickets: tickets.length, events: events.length };
  }, { n, source: records.toString(), creationOnly });
  await page.reload();
  return counts;
}

/** How many tickets and history events the laptop's workspace holds. */
export async function storedCounts(page: Page) {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('valuedesk'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error);
    });
    const count = (store: string) => new Promise<number>((res, rej) => {
      const r = db.transaction(store).objectStore(store).count(); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error);
    });
    const counts = { tickets: await count('tickets'), events: await count('ticket_events') };
    db.close();
    return counts;
  });
}

export const status = (page: Page) => page.locator('.app-header .sync-status');
