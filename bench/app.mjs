// Measures of ValueDesk itself, through its real UI, in a page carrying bench/probe.js.
import { mark, quantile, median } from './lib.mjs';

/** Opens the app on a fresh profile and waits until its service worker controls the page. */
export async function openApp(page, base) {
  await page.goto(base + '#/settings');
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 60_000 });
  const controlled = await page.evaluate(() => !!navigator.serviceWorker.controller);
  const schema = await page.evaluate(() => new Promise((res, rej) => {
    const r = indexedDB.open('valuedesk');
    r.onsuccess = () => { const v = r.result.version; r.result.close(); res(v); };
    r.onerror = () => rej(r.error);
  }));
  return { controlled, schema };
}

/**
 * Imports a backup file through Settings → Restore from a backup, choosing Replace. Returns
 * { ms, check_ms, write_ms } from the file chosen to "Imported:", without the time between
 * the check's answer and the click on Import; or { error } saying why it could not.
 */
export async function importBackup(page, base, file, timeout) {
  await page.goto('about:blank');
  await page.goto(base + '#/settings');
  await page.getByLabel('Backup file').waitFor({ timeout: 60_000 });
  await page.getByLabel('Backup file').setInputFiles(file);
  const answer = await page.waitForFunction(() => {
    const m = window.__bench.marks;
    return m.valid ? 'valid' : m.refused ? document.querySelector('[role=alert]').textContent : null;
  }, null, { timeout, polling: 100 }).then((h) => h.jsonValue(), (e) => `no answer: ${e.message.split('\n')[0]}`);
  if (answer !== 'valid') return { error: `the app refused or did not check the file: ${answer}` };
  await page.getByLabel('Replace everything with the file\'s content').check();
  // Clicked from the page, in a task of its own: the import may hold the main thread for long,
  // and Playwright's click would wait for the browser to acknowledge the input meanwhile.
  await page.getByRole('button', { name: 'Import', exact: true }).waitFor();
  await page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Import');
    setTimeout(() => button.click(), 0);
  });
  let imported;
  try { imported = await mark(page, 'imported', timeout); } catch (e) {
    const state = await page.evaluate(() => ({ marks: window.__bench.marks, alert: document.querySelector('[role=alert]')?.textContent ?? '',
      writing: document.body.textContent.includes('Writing…') })).catch(() => null);
    const check = state ? state.marks.valid - state.marks.change : null;
    return { error: `no "Imported" within ${timeout / 1000} s of the click${state?.writing ? ' (the page still said "Writing…")' : ''}${state?.alert ? `; alert: ${state.alert}` : ''}`,
      timed_out_s: timeout / 1000, check_ms: check };
  }
  const m = await page.evaluate(() => window.__bench.marks);
  const summary = await page.getByText(/^Imported:/).textContent();
  await page.waitForEvent('load', { timeout: 30_000 }).catch(() => {});
  const check = m.valid - m.change;
  const write = imported - m.click;
  return { ms: check + write, check_ms: check, write_ms: write, summary: summary.trim() };
}

/** Navigation to the ticket list → first row painted, from another page (the app cached). */
export async function coldStart(page, base) {
  await page.goto('about:blank');
  await page.goto(base + '#/tickets');
  const ms = await mark(page, 'firstRow', 120_000);
  const info = await page.evaluate(() => ({ controlled: !!navigator.serviceWorker.controller,
    rows: document.querySelectorAll('table.tickets tbody tr:not(.pad)').length }));
  return { ms, ...info };
}

/**
 * Scrolls the list's container from the top by `step` px per animation frame until `maxRows`
 * rows have passed or the end of the list, and counts dropped frames from the frames' deltas
 * (a delta of k intervals drops k − 1 frames; the interval is the run's median delta).
 */
export async function scroll(page, base, { step = 176, maxRows = 2000 } = {}) {
  await coldStart(page, base);
  await page.waitForTimeout(300);
  return page.evaluate(({ step, maxRows }) => new Promise((resolve) => {
    const el = document.querySelector('.table-wrap.virtual');
    const deltas = [];
    let last = performance.now();
    let stuck = 0;
    const start = performance.now();
    const frame = (now) => {
      deltas.push(now - last);
      last = now;
      const before = el.scrollTop;
      el.scrollTop = before + step;
      stuck = el.scrollTop === before ? stuck + 1 : 0;
      const rows = el.scrollTop / 44;
      const ended = stuck > 120 || (stuck > 10 && !document.querySelector('.list-summary').textContent.includes('more'));
      if (rows >= maxRows || ended || now - start > 60_000) {
        const d = deltas.slice(2);
        const sorted = [...d].sort((a, b) => a - b);
        const interval = Math.max(sorted[Math.floor(sorted.length / 2)], 1000 / 60);
        const dropped = d.reduce((s, x) => s + Math.max(0, Math.round(x / interval) - 1), 0);
        resolve({ frames: d.length, dropped, dropped_pct: (100 * dropped) / (d.length + dropped), interval_ms: interval,
          worst_ms: sorted[sorted.length - 1], rows: Math.round(rows), ms: now - start, reached_end: ended });
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }), { step, maxRows });
}

/** The texts the search box holds after each keystroke of `keys` (a word typed, then erased). */
export function keystrokes(words) {
  const keys = [];
  const texts = [];
  for (const w of words) {
    for (let i = 1; i <= w.length; i++) { keys.push(w[i - 1]); texts.push(w.slice(0, i)); }
    for (let i = w.length - 1; i >= 0; i--) { keys.push('Backspace'); texts.push(w.slice(0, i)); }
  }
  return { keys, texts };
}

/**
 * Types into the list's search box, one keystroke at a time, and for each keystroke takes the
 * time from keydown to the frame after the last DOM change it caused (rows, summary), the
 * list being quiet for `settle` ms. Returns p50, p95 and every latency.
 */
export async function filter(page, base, keys, settle = 250) {
  await coldStart(page, base);
  await page.getByLabel('Search').click();
  const latencies = [];
  for (const k of keys) {
    await page.keyboard.press(k);
    const ms = await page.waitForFunction((settle) => {
      const key = window.__bench.key;
      return key.last > key.t0 && performance.now() - key.last > settle ? key.last - key.t0 : null;
    }, settle, { timeout: 60_000, polling: 50 }).then((h) => h.jsonValue(), () => null);
    latencies.push(ms);
  }
  const got = latencies.filter((x) => x !== null);
  return { keystrokes: keys.length, answered: got.length, p50: quantile(got, 0.5), p95: quantile(got, 0.95), max: Math.max(...got),
    median: median(got) };
}

/** Navigation to the dashboard → every ticket read and the report drawn (its KPIs shown). */
export async function dashboard(page, base, timeout) {
  await page.goto('about:blank');
  await page.goto(base + '#/');
  const ms = await mark(page, 'dashboard', timeout);
  const says = (await page.getByText(/tickets read in/).first().textContent()).trim();
  const m = says.match(/([\d,  ]+) tickets read in ([\d,  ]+) ms/);
  const num = (s) => Number(s.replace(/[^\d]/g, ''));
  return { ms, app_says: says, tickets: m ? num(m[1]) : null, app_ms: m ? num(m[2]) : null };
}
