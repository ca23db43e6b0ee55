// Team sync beyond the happy path: a document the server refuses, several tabs of one
// synced workspace in one browser, a record other than a ticket edited on two laptops, and
// a ticket edited on three.
import { test, expect } from './fixtures';
import { type Page } from '@playwright/test';
import {
  AUTH, COUCH, connect, freshDatabase, laptop, logIncident, serverState, serverTicket, status,
} from './sync-helpers';

/** Counts the requests `page` sends to the CouchDB server. */
function couchRequests(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('request', (r) => { if (r.url().startsWith(COUCH)) seen.count += 1; });
  return seen;
}

test('a document the server refuses is named with its reason, offered again, and goes through once allowed', async ({ page, request }) => {
  test.setTimeout(120_000);
  const db = await freshDatabase(request, 'refused');
  // The team's server refuses some documents, as a validation function may.
  const rule = await request.put(`${COUCH}/${db}/_design/refuse`, {
    headers: { Authorization: AUTH },
    data: { validate_doc_update: 'function (doc) { if (doc.title === "Refuse me") { throw({ forbidden: "titles like this are not allowed" }); } }' },
  });
  expect(rule.status(), await rule.text()).toBe(201);
  const ruleRev = (await rule.json()).rev;

  await connect(page, db);
  await expect(status(page)).toHaveText('Synced', { timeout: 20_000 });
  const refused = await logIncident(page, 'Refuse me');
  const accepted = await logIncident(page, 'Printer jammed');
  await expect(status(page)).toHaveText('Synced, 1 refused', { timeout: 30_000 });
  await expect.poll(async () => (await serverTicket(request, db, accepted))?.title, { timeout: 20_000 })
    .toBe('Printer jammed');
  expect(await serverTicket(request, db, refused)).toBeUndefined();

  await page.goto('#/settings');
  const section = page.locator('#sync');
  await expect(section.getByRole('status').first()).toContainText('Synced, except one document that was refused');
  await expect(section.getByRole('listitem')).toHaveText(
    /^INC0001-[0-9A-Z]{3} \(ticket:[0-9A-Z]+\): the server refused it \(forbidden: titles like this are not allowed\); it is sent again at each sync$/);

  // The administrator lifts the rule: the next cycles send the document again, and it goes.
  const lifted = await request.delete(`${COUCH}/${db}/_design/refuse?rev=${ruleRev}`, { headers: { Authorization: AUTH } });
  expect(lifted.status(), await lifted.text()).toBe(200);
  await expect.poll(async () => (await serverTicket(request, db, refused))?.title, { timeout: 40_000 })
    .toBe('Refuse me');
  await expect(status(page)).toHaveText('Synced', { timeout: 20_000 });
  await expect(section.getByRole('listitem')).toHaveCount(0);
});

test('two tabs of a synced workspace: one runs the sync, the other goes through it, and takes over when it closes', async ({ page, context, request }) => {
  test.setTimeout(120_000);
  const db = await freshDatabase(request, 'tabs');
  await connect(page, db);
  await expect(status(page)).toHaveText('Synced', { timeout: 20_000 });
  const first = couchRequests(page);

  const second = await context.newPage();
  const fromSecond = couchRequests(second);
  await second.goto('#/tickets');
  await expect(status(second)).toHaveText('Syncing in another tab', { timeout: 20_000 });
  await second.goto('#/settings');
  await expect(second.locator('#sync').getByRole('status').first())
    .toContainText("Sync runs in another tab of this workspace: this tab's changes go through it");

  // A ticket logged in the second tab reaches the server through the first tab's loop.
  const number = await logIncident(second, 'Logged in the second tab');
  await expect.poll(async () => (await serverTicket(request, db, number))?.title, { timeout: 20_000 })
    .toBe('Logged in the second tab');
  expect(fromSecond.count, 'the waiting tab sends nothing').toBe(0);
  expect(first.count).toBeGreaterThan(0);

  // The first tab closes: the second takes the sync over.
  await page.close();
  await expect(status(second)).toHaveText('Synced', { timeout: 20_000 });
  await expect.poll(() => fromSecond.count, { timeout: 20_000 }).toBeGreaterThan(0);
  const later = await logIncident(second, 'After the first tab closed');
  await expect.poll(async () => (await serverTicket(request, db, later))?.title, { timeout: 20_000 })
    .toBe('After the first tab closed');
});

/** Sets the owner of the change enablement practice and saves it. */
async function setOwner(page: Page, owner: string) {
  await page.goto('#/practices');
  const practice = page.locator('#practice-change-enablement');
  await practice.getByText('Configure').click();
  await practice.getByLabel('Owner').fill(owner);
  await practice.getByRole('button', { name: 'Save this practice' }).click();
  await expect(practice.getByText('Saved.')).toBeVisible();
}

test('a practice edited on two laptops offline is listed in Settings on both, and one choice settles both', async ({ page, context, baseURL, request }) => {
  test.setTimeout(120_000);
  const db = await freshDatabase(request, 'records');
  await connect(page, db);
  await expect(status(page)).toHaveText('Synced', { timeout: 20_000 });
  const other = await laptop(baseURL!);
  try {
    await connect(other.page, db);
    await expect(status(other.page)).toHaveText('Synced', { timeout: 20_000 });
    await context.setOffline(true);
    await other.context.setOffline(true);
    await setOwner(page, 'Ana Silva');
    await setOwner(other.page, 'Bo Chen');
    await context.setOffline(false);
    await other.context.setOffline(false);

    const listed = (p: Page) => p.locator('.record-conflicts li').filter({ hasText: 'Practice: Change enablement' });
    for (const p of [page, other.page]) {
      await p.goto('#/settings');
      await expect(listed(p)).toBeVisible({ timeout: 40_000 });
      await expect(listed(p)).toContainText('The versions differ in: owner');
    }
    await listed(other.page).getByRole('button', { name: 'Keep the other version' }).click();
    await expect(listed(other.page)).toHaveCount(0);
    // The first laptop gets the choice: no conflict left, the same owner on both.
    await expect(listed(page)).toHaveCount(0, { timeout: 40_000 });
    const owner = async (p: Page) => {
      await p.goto('#/practices');
      const practice = p.locator('#practice-change-enablement');
      await practice.getByText('Configure').click();
      return practice.getByLabel('Owner').inputValue();
    };
    const kept = await owner(page);
    expect(['Ana Silva', 'Bo Chen']).toContain(kept);
    expect(await owner(other.page)).toBe(kept);
    expect((await serverState(request, db)).conflicted).toEqual([]);
  } finally {
    await other.done();
  }
});

test('three laptops edit a ticket offline: the two other versions can each be compared, and keeping one settles all three', async ({ page, context, baseURL, request }) => {
  test.setTimeout(150_000);
  const db = await freshDatabase(request, 'three');
  await connect(page, db);
  const number = await logIncident(page, 'Badge reader offline');
  await expect.poll(async () => (await serverTicket(request, db, number))?.title, { timeout: 20_000 }).toBe('Badge reader offline');
  const second = await laptop(baseURL!);
  const third = await laptop(baseURL!);
  try {
    const all = [page, second.page, third.page];
    const contexts = [context, second.context, third.context];
    for (const p of [second.page, third.page]) {
      await connect(p, db);
      await expect(status(p)).toHaveText('Synced', { timeout: 20_000 });
    }
    for (const c of contexts) await c.setOffline(true);
    // Each laptop gives the ticket a different title while apart.
    for (const [i, p] of all.entries()) {
      await p.goto(`#/tickets/${number}`);
      await expect(p.getByRole('heading', { level: 1 })).toContainText('Badge reader offline');
      await p.getByRole('button', { name: 'Edit details' }).click();
      await p.getByLabel('Title').fill(`Badge reader offline, laptop ${i + 1}`);
      await p.getByRole('button', { name: 'Confirm' }).click();
      await expect(p.getByRole('heading', { level: 1 })).toContainText(`laptop ${i + 1}`);
    }
    for (const c of contexts) await c.setOffline(false);

    // The first laptop waits until it holds both other versions.
    await expect(async () => {
      await page.reload();
      await expect(page.getByLabel('Compare with')).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
    await expect(page.getByLabel('Compare with').locator('option')).toHaveCount(2);
    await page.getByRole('button', { name: 'Compare the versions' }).click();
    const otherTitle = () => page.locator('table.compare tbody tr').filter({ hasText: 'Title' }).locator('td').nth(1);
    const first = (await otherTitle().textContent())!;
    await page.getByLabel('Compare with').selectOption({ index: 1 });
    await expect(otherTitle()).not.toHaveText(first);
    const chosen = (await otherTitle().textContent())!;
    expect(chosen).toMatch(/laptop [123]$/);
    await page.getByRole('button', { name: 'Keep the other version' }).click();
    await expect(page.getByText('Conflict resolved')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(chosen);

    // Every laptop ends with that version and no conflict; so does the server.
    for (const p of [second.page, third.page]) {
      await expect(async () => {
        await p.reload();
        await expect(p.getByRole('heading', { level: 1 })).toContainText(chosen, { timeout: 2_000 });
        await expect(p.getByText('Edited on two devices', { exact: true })).toHaveCount(0);
      }).toPass({ timeout: 40_000 });
    }
    await expect.poll(async () => (await serverState(request, db)).conflicted, { timeout: 20_000 }).toEqual([]);
  } finally {
    await second.done();
    await third.done();
  }
});
