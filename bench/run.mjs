// ValueDesk's benchmark (issue 8): drives the release build in Debian's Chromium and prints
// figures, with a raw-JavaScript floor measured in the same run. Reports; never fails because
// the machine is slow (exit 0 unless the harness itself breaks).
// Run through scripts/bench, which builds, serves dist/ and sets BENCH_BASE and BENCH_ROOT.
// Options: --quick (1k and 10k, 3 runs), --sizes=1000,10000 --runs=N --import-runs=N
// --big-import-runs=N (imports at 100k, default 1) --import-timeout=S --append --seed-direct
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeBackup, records, settings } from './dataset.mjs';
import { launch, log, machine, median, memory, transfer } from './lib.mjs';
import * as app from './app.mjs';
import * as floor from './floor.mjs';
import { writeReport } from './report.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = process.argv.includes('--quick');
const sizes = (arg('sizes') ?? (quick ? '1000,10000' : '1000,10000,100000')).split(',').map(Number);
const runs = Number(arg('runs') ?? (quick ? 3 : 5));
const importRuns = Number(arg('import-runs') ?? runs);
// An import of 100,000 tickets takes minutes here: fewer runs at that size unless asked.
const bigImportRuns = Number(arg('big-import-runs') ?? Math.min(importRuns, 1));
const importTimeoutS = arg('import-timeout') ? Number(arg('import-timeout')) : null;
// --seed-direct: no import through the UI; the data is written straight into IndexedDB (a
// quicker loop while working on the other figures).
const seedOnly = process.argv.includes('--seed-direct');
const base = process.env.BENCH_BASE ?? 'http://127.0.0.1:8790/valuedesk/';
const origin = new URL(base).origin;
const root = process.env.BENCH_ROOT ?? 'target/bench-root';
const WORDS = ['outlook', 'vpn', 'printer', 'password', 'erp'];
const started = Date.now();

/** Seeds `n` tickets with their history straight into the app's database, from the page. */
async function seedDirect(page, n, now) {
  const CHUNK = 5000;
  for (let from = 1; from <= n; from += CHUNK) {
    await page.evaluate(async ({ n, from, to, now, source }) => {
      const make = new Function(`return (${source})`)();
      const { tickets, events, config } = make(n, from, to, now);
      const db = await new Promise((res, rej) => { const r = indexedDB.open('valuedesk'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
      const tx = db.transaction(['tickets', 'ticket_events', 'settings'], 'readwrite');
      if (from === 1) { tx.objectStore('tickets').clear(); tx.objectStore('ticket_events').clear(); }
      for (const t of tickets) tx.objectStore('tickets').put(t);
      for (const e of events) tx.objectStore('ticket_events').put(e);
      window.__config = config;
      await new Promise((res, rej) => { tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
      db.close();
    }, { n, from, to: Math.min(from + CHUNK, n + 1), now, source: records.toString() });
    if ((from - 1) % 25_000 === 0) log(`${n}: seeded ${Math.min(from + CHUNK - 1, n)} tickets`);
  }
  const config = records(n, 1, 2, now).config;
  await page.evaluate(async (list) => {
    const db = await new Promise((res, rej) => { const r = indexedDB.open('valuedesk'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const tx = db.transaction('settings', 'readwrite');
    for (const s of list) tx.objectStore('settings').put(s);
    await new Promise((res, rej) => { tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
    db.close();
  }, settings(n, config));
}

async function measureSize(n) {
  const nImports = n >= 100_000 ? bigImportRuns : importRuns;
  const r = { tickets: n, runs, import_runs: nImports };
  let { page, errors, close } = await launch();
  try {
    const opened = await app.openApp(page, base);
    log(`${n}: app open, service worker controls it: ${opened.controlled}, schema ${opened.schema}`);
    const now = Date.now();
    mkdirSync(join(root, 'data'), { recursive: true });
    const file = join(root, 'data', `backup-${n}.json`);
    const written = await writeBackup(file, n, now, opened.schema);
    r.dataset = { events: written.events, backup_bytes: written.bytes };
    log(`${n}: backup file ${(written.bytes / 2 ** 20).toFixed(1)} MiB, ${written.events} events`);

    // Import through the UI; the last import leaves the data in place for what follows.
    const imports = [];
    const importTimeout = importTimeoutS ? importTimeoutS * 1000 : Math.max(120_000, n * 6);
    if (seedOnly) r.import = { error: 'not measured (--seed-direct)' };
    for (let i = 0; i < (seedOnly ? 0 : nImports); i++) {
      const one = await app.importBackup(page, base, file, importTimeout).catch((e) => ({ error: `harness: ${e.message.split('\n')[0]}` }));
      log(`${n}: import ${i + 1}/${nImports}:`, one.error ?? `${Math.round(one.ms)} ms (${one.summary})`);
      if (one.error) { r.import = one; break; }
      imports.push(one);
    }
    if (!r.import) {
      r.import = { ms: median(imports.map((x) => x.ms)), check_ms: median(imports.map((x) => x.check_ms)),
        write_ms: median(imports.map((x) => x.write_ms)), samples: imports.map((x) => Math.round(x.ms)), summary: imports[0].summary };
    } else {
      log(`${n}: seeding directly into IndexedDB instead, in a fresh profile (the import may still be running)`);
      if (!seedOnly) {
        r.page_errors_before_seeding = errors;
        await close();
        ({ page, errors, close } = await launch());
        await app.openApp(page, base);
      }
      // From the floor page: same origin, and no CSP there to refuse the generator's source.
      await page.goto(`${origin}/bench-floor.html?idle`);
      await seedDirect(page, n, now);
      r.seeded_directly = true;
    }

    // Cold start: one unmeasured visit first, then the runs.
    await app.coldStart(page, base);
    const starts = [];
    for (let i = 0; i < runs; i++) starts.push(await app.coldStart(page, base));
    r.cold_start = { ms: median(starts.map((s) => s.ms)), samples: starts.map((s) => Math.round(s.ms)),
      controlled: starts.every((s) => s.controlled), rows: starts[0].rows };
    log(`${n}: cold start`, r.cold_start.samples.join(', '), 'ms');
    await page.waitForTimeout(1000);
    r.memory_list = await memory(page);

    const scrolls = [];
    for (let i = 0; i < runs; i++) scrolls.push(await app.scroll(page, base));
    r.scroll = { dropped: median(scrolls.map((s) => s.dropped)), dropped_pct: median(scrolls.map((s) => s.dropped_pct)),
      frames: median(scrolls.map((s) => s.frames)), rows: median(scrolls.map((s) => s.rows)),
      interval_ms: median(scrolls.map((s) => s.interval_ms)), worst_ms: median(scrolls.map((s) => s.worst_ms)),
      reached_end: scrolls.every((s) => s.reached_end), samples: scrolls.map((s) => s.dropped) };
    log(`${n}: scroll dropped frames`, r.scroll.samples.join(', '), `of ~${r.scroll.frames}`);

    const { keys, texts } = app.keystrokes(WORDS);
    const filters = [];
    for (let i = 0; i < runs; i++) filters.push(await app.filter(page, base, keys));
    r.filter = { keystrokes: keys.length, p50: median(filters.map((f) => f.p50)), p95: median(filters.map((f) => f.p95)),
      answered: Math.min(...filters.map((f) => f.answered)), samples_p95: filters.map((f) => Math.round(f.p95)) };
    log(`${n}: filter p50 ${r.filter.p50?.toFixed(1)} p95 ${r.filter.p95?.toFixed(1)} ms`);

    const boards = [];
    for (let i = 0; i < runs; i++) boards.push(await app.dashboard(page, base, Math.max(120_000, n * 5)));
    r.dashboard = { ms: median(boards.map((b) => b.ms)), app_ms: median(boards.map((b) => b.app_ms)),
      tickets_read: boards[0].tickets, samples: boards.map((b) => Math.round(b.ms)) };
    log(`${n}: dashboard`, r.dashboard.samples.join(', '), 'ms;', boards[0].app_says);
    await page.waitForTimeout(1000);
    r.memory_dashboard = await memory(page);

    r.floor = await floor.measure(page, origin, { runs, importRuns: seedOnly ? 0 : r.import.error ? Math.min(1, nImports) : nImports, rows: r.cold_start.rows, texts,
      backupUrl: `${origin}/data/backup-${n}.json` });
    log(`${n}: floor`, JSON.stringify(r.floor));
    rmSync(file, { force: true });
  } catch (e) {
    r.harness_error = String(e.stack ?? e);
    log(`${n}: harness error`, r.harness_error);
  } finally {
    r.page_errors = errors;
    await close();
  }
  return r;
}

// --append: keep the datasets of bench/results.json not measured now (a long size run apart).
const previous = process.argv.includes('--append') && existsSync('bench/results.json')
  ? JSON.parse(readFileSync('bench/results.json', 'utf8')).sizes.filter((s) => !sizes.includes(s.tickets)) : [];
const results = { machine: machine(), mode: quick ? 'quick' : 'full', runs, import_runs: importRuns, big_import_runs: bigImportRuns,
  transfer: transfer(process.env.BENCH_DIST ?? 'dist'), sizes: previous };
log('machine', JSON.stringify(results.machine));
for (const n of sizes) {
  results.sizes.push(await measureSize(n));
  results.sizes.sort((a, b) => a.tickets - b.tickets);
  results.duration_s = Math.round((Date.now() - started) / 1000);
  writeReport(results);
}
results.duration_s = Math.round((Date.now() - started) / 1000);
writeReport(results);
log(`done in ${results.duration_s} s; wrote bench/results.json and BENCHMARKS.md`);
