// Offline-first and safe hosting: the service worker serves the whole app with the network
// off (deep links included), a new deployed version is offered and taken only when the user
// chooses, and the strict Content-Security-Policy blocks nothing the app does.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test, expect, logIncident, type Page } from './fixtures';

async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20_000 });
}

test('after one visit the app loads and works offline, deep links included', async ({ page, context }) => {
  await logIncident(page, 'Laptop will not boot');
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Laptop will not boot');
  const other = await context.newPage();
  await other.goto('#/svc');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Service Value Chain');
  // Working offline: a ticket is logged and found.
  await logIncident(other, 'Logged on the train');
  await other.goto('#/tickets');
  await expect(other.locator('table.tickets tbody tr:not(.pad)')).toHaveCount(2);
  await context.setOffline(false);
});

test('a new deployed version is offered, and taken when the user reloads', async ({ page, baseURL }) => {
  // A deployment of its own, so that changing it does not touch other tests.
  const root = 'target/e2e-root';
  rmSync(`${root}/valuedesk-next`, { recursive: true, force: true });
  cpSync(`${root}/valuedesk`, `${root}/valuedesk-next`, { recursive: true });
  const url = baseURL!.replace(/valuedesk\/$/, 'valuedesk-next/');
  try {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await controlled(page);
    await expect(page.getByText('A new version of ValueDesk is ready')).toHaveCount(0);

    const worker = `${root}/valuedesk-next/sw.js`;
    const before = readFileSync(worker, 'utf8');
    const old = before.match(/const VERSION = '([0-9a-f]+)'/)![1];
    writeFileSync(worker, before.replace(`const VERSION = '${old}'`, "const VERSION = 'next0000deploy01'"));
    await page.reload();
    await expect(page.getByText('A new version of ValueDesk is ready')).toBeVisible({ timeout: 20_000 });
    // Until the user chooses, the page keeps the version it started with.
    expect(await page.evaluate(() => caches.keys())).toContain(`valuedesk-${old}`);
    await page.getByRole('button', { name: 'Reload now' }).click();
    await expect(page.getByText('A new version of ValueDesk is ready')).toHaveCount(0, { timeout: 20_000 });
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(['valuedesk-next0000deploy01']);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  } finally {
    rmSync(`${root}/valuedesk-next`, { recursive: true, force: true });
  }
});

test('the strict CSP blocks nothing the app does, and the manifest names the app in both languages', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await logIncident(page, 'Screen flickers');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(csp).not.toContain('unsafe-inline');
  // Team sync may reach any https CouchDB and one on this machine, never plain http elsewhere.
  expect(csp).toContain("connect-src 'self' https: http://localhost:* http://127.0.0.1:*");
  expect(csp).not.toMatch(/connect-src[^;]* http:[ ;]/);
  for (const route of ['#/', '#/tickets', '#/tickets/INC0001', '#/svs', '#/svc', '#/practices', '#/improvement', '#/settings']) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto('#/tickets');
  await expect(page.locator('table.tickets tbody tr:not(.pad)')).toHaveCount(1);
  expect(await page.evaluate(() => (window as any).violations)).toEqual([]);

  const manifest = await (await page.request.get('public/manifest.webmanifest')).json();
  expect(manifest.short_name).toBe('ValueDesk');
  expect(manifest.translations.fr.name).toContain('gestion des services');
  expect(manifest.icons.map((i: any) => i.sizes)).toEqual(['any', '192x192', '512x512']);
  for (const icon of manifest.icons) {
    expect((await page.request.get(`public/${icon.src}`)).ok()).toBe(true);
  }
});
