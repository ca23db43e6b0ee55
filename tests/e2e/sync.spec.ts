// Team sync (issue 9): two browser profiles stand for two laptops and replicate one
// workspace through the CouchDB-protocol server that scripts/test starts (scripts/couch).
import { test, expect } from './fixtures';
import {
  ADMIN, AUTH, COUCH, connect, freshDatabase, laptop, logIncident, seed, serverState, serverTicket, status, storedCounts,
} from './sync-helpers';

test('a ticket logged on one laptop appears on the other, and its changes come back', async ({ page, baseURL, request }) => {
  test.setTimeout(90_000);
  const db = await freshDatabase(request, 'two');
  await connect(page, db);
  await expect(status(page)).toHaveText('Synced', { timeout: 20_000 });
  const number = await logIncident(page, 'Mail server down on floor 2');
  expect(number).toMatch(/^INC0001-[0-9A-Z]{3}$/);

  const other = await laptop(baseURL!);
  try {
    await connect(other.page, db);
    await expect(status(other.page)).toHaveText('Synced', { timeout: 20_000 });
    await other.page.goto('#/tickets');
    await expect(other.page.getByRole('link', { name: number })).toBeVisible({ timeout: 20_000 });
    await other.page.goto(`#/tickets/${number}`);
    await expect(other.page.getByRole('heading', { level: 1 })).toContainText('Mail server down on floor 2');
    await other.page.getByRole('button', { name: 'Start work', exact: true }).click();
    await expect(other.page.locator('.ticket-fields')).toContainText('In progress');
    // Pushed at once, before the laptop is closed.
    await expect.poll(async () => (await serverTicket(request, db, number))?.state, { timeout: 20_000 })
      .toBe('in_progress');
  } finally {
    await other.done();
  }
  // Back on the first laptop, within a sync cycle or two (the page says it changed elsewhere).
  await page.goto(`#/tickets/${number}`);
  await expect(async () => {
    await page.reload();
    await expect(page.locator('.ticket-fields')).toContainText('In progress', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  expect((await serverState(request, db)).conflicted).toEqual([]);
});

test('both laptops edit a ticket offline: the conflict shows on both, and one resolution settles both', async ({ page, context, baseURL, request }) => {
  test.setTimeout(120_000);
  const db = await freshDatabase(request, 'conflict');
  await connect(page, db);
  const number = await logIncident(page, 'VPN drops every hour');
  await expect.poll(async () => (await serverTicket(request, db, number))?.state, { timeout: 20_000 }).toBe('new');
  const other = await laptop(baseURL!);
  try {
    await connect(other.page, db);
    await expect(status(other.page)).toHaveText('Synced', { timeout: 20_000 });
    await other.page.goto(`#/tickets/${number}`);
    await expect(other.page.getByRole('heading', { level: 1 })).toContainText('VPN drops every hour');

    // The train goes into a tunnel: both laptops work offline on the same ticket.
    await context.setOffline(true);
    await other.context.setOffline(true);
    await expect(status(page)).toHaveText('Offline', { timeout: 10_000 });
    await page.goto(`#/tickets/${number}`);
    await page.getByRole('button', { name: 'Start work', exact: true }).click();
    await expect(page.locator('.ticket-fields')).toContainText('In progress');
    await other.page.getByRole('button', { name: 'Start work', exact: true }).click();
    await expect(other.page.locator('.ticket-fields')).toContainText('In progress');
    await other.page.getByRole('button', { name: 'Put on hold', exact: true }).click();
    await other.page.getByLabel('Hold reason').selectOption({ label: 'Awaiting caller' });
    await other.page.getByRole('button', { name: 'Confirm' }).click();
    await expect(other.page.locator('.ticket-fields')).toContainText('On hold');

    // Back online: each pushes its version and pulls the other's.
    await context.setOffline(false);
    await other.context.setOffline(false);
    for (const p of [page, other.page]) {
      await expect(async () => {
        await p.reload();
        await expect(p.getByText('Edited on two devices', { exact: true })).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 40_000 });
    }
    // The same winner on both: the longer history (start, then hold) wins. (A page read
    // just before the pull landed says so with its "changed" notice: read it again.)
    for (const p of [page, other.page]) {
      await p.reload();
      await expect(p.getByText('Edited on two devices', { exact: true })).toBeVisible();
      await expect(p.locator('.ticket-fields')).toContainText('On hold');
    }
    expect((await serverState(request, db)).conflicted.length).toBe(1);

    // The first laptop keeps its own version (the other one, from its point of view).
    await page.getByRole('button', { name: 'Compare the versions' }).click();
    await expect(page.getByRole('table', { name: 'The fields that differ between the two versions' })).toBeVisible();
    await page.getByRole('button', { name: 'Keep the other version' }).click();
    await expect(page.getByText('Conflict resolved')).toBeVisible();
    await expect(page.getByText('Edited on two devices', { exact: true })).toHaveCount(0);
    await expect(page.locator('.ticket-fields')).toContainText('In progress');

    // The other laptop gets the same result.
    await expect(async () => {
      await other.page.reload();
      await expect(other.page.locator('.ticket-fields')).toContainText('In progress', { timeout: 2_000 });
      await expect(other.page.getByText('Edited on two devices', { exact: true })).toHaveCount(0);
    }).toPass({ timeout: 40_000 });
    await expect.poll(async () => (await serverState(request, db)).conflicted, { timeout: 20_000 }).toEqual([]);
    expect((await serverTicket(request, db, number))?.state).toBe('in_progress');
  } finally {
    await other.done();
  }
});

test('a push cut off mid-batch resumes and loses or duplicates nothing', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const db = await freshDatabase(request, 'cut');
  const { tickets, events } = await seed(page, 120);
  let cut = 0;
  // The third _bulk_docs request of the push fails: the network went away mid-batch.
  await page.route(`${COUCH}/${db}/_bulk_docs`, async (route) => {
    cut += 1;
    if (cut === 3) return route.abort('internetdisconnected');
    return route.continue();
  });
  await connect(page, db);
  await expect(status(page)).toHaveText('Sync error', { timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Sync error' })).toContainText('the server does not answer');
  // It retries by itself and finishes.
  await expect(status(page)).toHaveText('Synced', { timeout: 60_000 });
  expect(cut).toBeGreaterThan(3);
  const state = await serverState(request, db);
  expect(state.count).toBe(tickets + events);
  expect(state.conflicted).toEqual([]);

  const other = await laptop(baseURL!);
  try {
    await connect(other.page, db);
    await expect(status(other.page)).toHaveText('Synced', { timeout: 60_000 });
    expect(await storedCounts(other.page)).toEqual({ tickets, events });
  } finally {
    await other.done();
  }
});

test('bad credentials and an unreachable server say why, and nothing local is lost', async ({ page, request }) => {
  const db = await freshDatabase(request, 'bad');
  const number = await logIncident(page, 'Printer jam');
  await connect(page, db, ADMIN.user, 'not-the-password');
  await expect(status(page)).toHaveText('Sync error', { timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Sync error' }))
    .toContainText('refused the user name or password');

  await connect(page, db, ADMIN.user, ADMIN.password, 'http://127.0.0.1:5983');
  await expect(page.getByRole('status').filter({ hasText: 'Sync error' }))
    .toContainText('the server does not answer', { timeout: 20_000 });

  // Another laptop already shares tickets there: this workspace, with its own, may not join.
  const theirs = await request.put(`${COUCH}/${db}/ticket:01M8CAWJK3WSG7RPDBADNBMZEZ`,
    { headers: { Authorization: AUTH }, data: { number: 'INC0001', title: 'Theirs' } });
  expect(theirs.ok()).toBe(true);
  await connect(page, db);
  await expect(page.getByRole('status').filter({ hasText: 'Sync error' }))
    .toContainText('create a new, empty workspace', { timeout: 20_000 });

  await page.getByLabel('CouchDB server address', { exact: true }).fill('ftp://example.org');
  await page.getByRole('button', { name: 'Save and sync' }).click();
  await expect(page.getByRole('alert')).toContainText('must start with https:// or http://');

  await page.goto(`#/tickets/${number}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Printer jam');
  expect((await serverState(request, db)).count).toBe(1);
});

test('10,000 tickets replicate from one laptop to another, in a measured time', async ({ page, request, baseURL }) => {
  test.setTimeout(600_000);
  const db = await freshDatabase(request, 'ten-k');
  const { tickets, events } = await seed(page, 10_000, true);
  const docs = tickets + events;
  let started = Date.now();
  await connect(page, db);
  await expect(status(page)).toHaveText('Synced', { timeout: 540_000 });
  const push = (Date.now() - started) / 1000;
  expect((await serverState(request, db)).count).toBe(docs);

  const other = await laptop(baseURL!);
  try {
    await other.page.goto('#/settings');
    started = Date.now();
    await connect(other.page, db);
    await expect(status(other.page)).toHaveText('Synced', { timeout: 540_000 });
    const pull = (Date.now() - started) / 1000;
    expect(await storedCounts(other.page)).toEqual({ tickets, events });
    const figures = `${docs} documents (${tickets} tickets, ${events} events): push ${push.toFixed(1)} s ` +
      `(${Math.round(docs / push)} docs/s), pull ${pull.toFixed(1)} s (${Math.round(docs / pull)} docs/s)`;
    console.log(`replication throughput: ${figures}`);
    test.info().annotations.push({ type: 'throughput', description: figures });
  } finally {
    await other.done();
  }
});
