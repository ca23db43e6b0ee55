// Each test gets Debian's Chromium with a fresh, empty profile directory of its own.
import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** Launches Chromium on a profile directory, with the test's base URL and locale. */
export function launch(profile: string, baseURL: string, locale = 'en-US'): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    baseURL,
    locale,
    viewport: { width: 1280, height: 800 },
  });
}

type Fixtures = { profile: string; context: BrowserContext; page: Page };

export const test = base.extend<Fixtures>({
  profile: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'valuedesk-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ profile, baseURL }, use) => {
    const context = await launch(profile, baseURL!);
    await use(context);
    await context.close();
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await use(page);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  },
});

export { expect } from '@playwright/test';

/** Logs an incident through the form and waits for its page. */
export async function logIncident(page: Page, title: string, impact = 'High', urgency = 'High') {
  await page.goto('#/tickets/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Impact').selectOption({ label: impact });
  await page.getByLabel('Urgency').selectOption({ label: urgency });
  await page.getByRole('button', { name: 'Log incident' }).click();
  await page.waitForURL(/#\/tickets\/INC\d{4}$/);
}

/** Clicks an action button, fills its form if any, and waits for the new state. */
export async function act(page: Page, action: string, state: string, fill?: (page: Page) => Promise<void>) {
  await page.getByRole('button', { name: action, exact: true }).click();
  if (fill) {
    await fill(page);
    await page.getByRole('button', { name: 'Confirm' }).click();
  }
  await expect(page.locator('.ticket-fields')).toContainText(state);
}

/** Creates the demo workspace from the settings and returns the reported generation time. */
export async function createDemo(page: Page, language = 'English', seed = '42'): Promise<number> {
  await page.goto('#/settings');
  await page.getByLabel('Language of the demo data').selectOption({ label: language });
  await page.getByLabel('Seed', { exact: true }).fill(seed);
  await page.getByRole('button', { name: 'Create demo workspace' }).click();
  const done = page.getByText(/^Generated \d+ tickets and \d+ history events in \d+ ms \(generation \d+ ms, writing \d+ ms\)\.$/);
  await expect(done).toBeVisible({ timeout: 30_000 });
  const text = (await done.textContent())!;
  const [, tickets, events, ms, generation, writing] =
    text.match(/Generated (\d+) tickets and (\d+) history events in (\d+) ms \(generation (\d+) ms, writing (\d+) ms\)/)!;
  console.log(`demo generation: ${tickets} tickets, ${events} events, ${ms} ms (generation ${generation} ms, writing ${writing} ms)`);
  expect(Number(tickets)).toBeGreaterThan(500);
  expect(Number(events)).toBeGreaterThan(Number(tickets));
  return Number(ms);
}

