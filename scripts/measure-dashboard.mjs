// Measures the dashboard at 10,000 and 100,000 tickets in Debian's Chromium, against the
// release build served under /valuedesk/: time until every ticket is read and the report is
// drawn, and the longest main-thread task meanwhile (the page must keep responding).
// Reports figures; never fails because the machine is slow.
// Usage: node scripts/measure-dashboard.mjs   (after `trunk build --release`)
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = 8768;
const root = mkdtempSync(join(tmpdir(), 'valuedesk-measure-'));
mkdirSync(join(root, 'valuedesk'));
cpSync('dist', join(root, 'valuedesk'), { recursive: true });
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const base = `http://127.0.0.1:${port}/valuedesk/`;
const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Writes `n` realistic tickets over the last 120 days: kinds, states, trails, services. */
async function seed(page, n) {
  await page.evaluate(async (count) => {
    const db = await new Promise((res, rej) => { const r = indexedDB.open('valuedesk'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const kinds = ['incident', 'incident', 'incident', 'service_request', 'problem', 'change'];
    const prefix = { incident: 'INC', service_request: 'REQ', problem: 'PRB', change: 'CHG' };
    const categories = ['Network', 'Hardware', 'Software', 'Access', 'E-mail', 'Printing', 'Telephony', 'Security'];
    const services = ['E-mail', 'Payroll', 'VPN', 'Intranet', 'ERP', 'Wi-Fi'];
    const now = Date.now();
    const span = 120 * 86_400_000;
    for (let from = 1; from <= count; from += 10000) {
      const tx = db.transaction(['tickets'], 'readwrite');
      const st = tx.objectStore('tickets');
      for (let i = from; i < Math.min(from + 10000, count + 1); i++) {
        const created = now - span + Math.floor((i / count) * span);
        const kind = kinds[i % kinds.length];
        const priority = 1 + (i % 5);
        const done = i % 10 < 8;
        const resolvedState = kind === 'service_request' ? 'fulfilled' : kind === 'change' ? 'closed' : 'resolved';
        const trail = [{ at: created, what: { state: 'new' } }, { at: created, what: { priority } },
          { at: created + 600_000, what: 'responded' }, { at: created + 600_000, what: { state: 'in_progress' } }];
        if (i % 7 === 0) trail.push({ at: created + 3_600_000, what: { state: 'on_hold' } }, { at: created + 7_200_000, what: { state: 'in_progress' } });
        if (done) trail.push({ at: created + (1 + (i % 48)) * 3_600_000, what: { state: resolvedState } });
        st.put({ id: created.toString(36).padStart(10, '0').toUpperCase() + String(i).padStart(16, '0'), rev: '1-seed',
          number: prefix[kind] + String(i).padStart(6, '0'), kind, title: `Seeded ticket ${i}`,
          description: 'Seeded for measurement', caller: 'Seed', channel: i % 4 === 0 ? 'portal' : 'email', impact: 'low', urgency: 'low',
          priority, state: done ? resolvedState : (i % 7 === 0 ? 'in_progress' : 'in_progress'), created, updated: created,
          deleted: false, approvals: [], links: [], category: categories[i % categories.length], service: services[i % services.length],
          major: i % 97 === 0, trail });
      }
      await new Promise((res, rej) => { tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
    }
    db.close();
  }, n);
}

const results = [];
for (const n of [10_000, 100_000]) {
  const profile = mkdtempSync(join(tmpdir(), 'valuedesk-measure-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(base + '#/settings');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await seed(page, n);
  const total = [];
  const longest = [];
  for (let run = 0; run < 3; run++) {
    await page.goto('about:blank');
    await page.addInitScript(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); })
        .observe({ type: 'longtask', buffered: true });
    });
    const t0 = Date.now();
    await page.goto(base + '#/');
    await page.getByText(/tickets read in/).waitFor({ timeout: 300_000 });
    await page.getByRole('heading', { name: 'Practice KPIs' }).waitFor();
    total.push(Date.now() - t0);
    longest.push(await page.evaluate(() => Math.round(window.__longest)));
  }
  const reported = await page.getByText(/tickets read in/).textContent();
  results.push({ tickets: n, dashboard_ms_median: median(total), longest_task_ms_median: median(longest), app_says: reported.trim() });
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
server.kill();
rmSync(root, { recursive: true, force: true });
console.table(results);
console.log(JSON.stringify(results));
