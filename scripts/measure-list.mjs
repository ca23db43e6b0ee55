// Measures the ticket list at 10,000 and 100,000 tickets in Debian's Chromium, against the
// release build served under /valuedesk/: first rows shown, and filter input to updated rows.
// Reports figures; never fails because the machine is slow. Issue 8 grows this into the
// full benchmark.   Usage: node scripts/measure-list.mjs   (after `trunk build --release`)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = 8767;
const root = mkdtempSync(join(tmpdir(), 'valuedesk-measure-'));
mkdirSync(join(root, 'valuedesk'));
cpSync('dist', join(root, 'valuedesk'), { recursive: true });
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const base = `http://127.0.0.1:${port}/valuedesk/`;
const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

async function seed(page, n) {
  await page.evaluate(async (count) => {
    const db = await new Promise((res, rej) => { const r = indexedDB.open('valuedesk'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const words = ['Mail', 'Printer', 'VPN', 'Laptop', 'Badge'];
    const states = ['new', 'in_progress', 'on_hold', 'closed'];
    for (let from = 1; from <= count; from += 10000) {
      const tx = db.transaction(['tickets', 'settings'], 'readwrite');
      const st = tx.objectStore('tickets');
      for (let i = from; i < Math.min(from + 10000, count + 1); i++) {
        const created = 1_760_000_000_000 + i * 60_000;
        st.put({ id: created.toString(36).padStart(10, '0').toUpperCase() + String(i).padStart(16, '0'), rev: '1-seed',
          number: 'INC' + String(i).padStart(6, '0'), kind: 'incident', title: `${words[i % 5]} problem ${i}`,
          description: 'Seeded for measurement', caller: 'Seed', channel: 'email', impact: 'low', urgency: 'low',
          priority: 1 + (i % 5), state: states[i % 4], created, updated: created, deleted: false, approvals: [] });
      }
      tx.objectStore('settings').put({ key: 'counter.INC', value: count });
      await new Promise((res, rej) => { tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
    }
    db.close();
  }, n);
}

/** Types `word` in the search box and returns the time until the first row contains it. */
async function filterLatency(page, word) {
  return page.evaluate((w) => new Promise((resolve) => {
    const input = document.getElementById('search');
    const t0 = performance.now();
    input.value = w;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const check = () => {
      const cell = document.querySelector('table.tickets tbody tr:not(.pad)');
      if (cell && cell.textContent.toLowerCase().includes(w.toLowerCase())) resolve(performance.now() - t0);
      else requestAnimationFrame(check);
    };
    check();
  }), word);
}

const results = [];
for (const n of [10_000, 100_000]) {
  const profile = mkdtempSync(join(tmpdir(), 'valuedesk-measure-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(base);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  const s0 = Date.now();
  await seed(page, n);
  const seedMs = Date.now() - s0;
  const firstRows = [];
  const coldStart = [];
  for (let run = 0; run < 5; run++) {
    await page.goto(base + '#/');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const t0 = Date.now();
    await page.evaluate(() => { location.hash = '#/tickets'; });
    await page.locator('table.tickets tbody tr:not(.pad)').first().waitFor();
    firstRows.push(Date.now() - t0);
    const c0 = Date.now();
    await page.goto('about:blank');
    await page.goto(base + '#/tickets');
    await page.locator('table.tickets tbody tr:not(.pad)').first().waitFor();
    coldStart.push(Date.now() - c0);
  }
  const common = [];
  for (let k = 0; k < 50; k++) common.push(await filterLatency(page, ['vpn', 'mail', 'printer', 'laptop', 'badge'][k % 5]));
  const rare = [];
  // A number among the oldest tickets: the newest-first scan reads nearly the whole store.
  for (let k = 0; k < 5; k++) rare.push(await filterLatency(page, 'INC' + String(16 + k).padStart(6, '0')));
  results.push({ tickets: n, seed_ms: seedMs, first_rows_ms_median: median(firstRows), cold_start_ms_median: median(coldStart),
    filter_common_ms_p50: Math.round(median(common)), filter_common_ms_p95: Math.round(p95(common)),
    filter_rare_ms_median: Math.round(median(rare)) });
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
server.kill();
rmSync(root, { recursive: true, force: true });
console.table(results);
console.log(JSON.stringify(results));
