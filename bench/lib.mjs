// What the benchmark's measures share: statistics, the browser, the machine, transfer sizes.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : null;
};
export const round = (x, digits = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits);
export const log = (...args) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Chromium on a fresh persistent profile (so the service worker caches the app), with the probe. */
export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'valuedesk-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, args: ARGS, locale: 'en-US', viewport: { width: 1280, height: 800 },
  });
  await context.addInitScript({ path: new URL('./probe.js', import.meta.url).pathname });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/** Waits for an in-page mark of the probe and returns it (ms since the page's navigation start). */
export async function mark(page, name, timeout = 120_000) {
  const handle = await page.waitForFunction((n) => window.__bench && window.__bench.marks[n], name, { timeout, polling: 50 });
  return handle.jsonValue();
}

/** JS heap after a full garbage collection (CDP), plus the wasm linear memory, in bytes. */
export async function memory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const wasm = await page.evaluate(() => (window.__benchWasm && window.__benchWasm.memory ? window.__benchWasm.memory.buffer.byteLength : null));
  return { js_heap: heap.usedSize, wasm, total: heap.usedSize + (wasm ?? 0) };
}

/** The machine the figures come from. */
export function machine() {
  let chromiumVersion = null;
  try { chromiumVersion = execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).trim(); } catch { /* reported as null */ }
  let os = null;
  try { os = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?(.*?)"?$/m)?.[1] ?? null; } catch { /* null */ }
  return { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, ram_gb: round(totalmem() / 2 ** 30, 1), os,
    chromium: chromiumVersion, node: process.version, date: new Date().toISOString() };
}

/** The app's transfer: every .wasm, .js and .css file of dist/, raw, gzip -9 and brotli (max). */
export function transfer(dist) {
  const files = readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f) && f !== 'sw.js');
  const sizes = { files: files.length, raw: 0, gzip: 0, brotli: 0, wasm_brotli: 0 };
  for (const f of files) {
    const data = readFileSync(join(dist, f));
    const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length;
    sizes.raw += data.length;
    sizes.gzip += gzipSync(data, { level: 9 }).length;
    sizes.brotli += br;
    if (f.endsWith('.wasm')) sizes.wasm_brotli += br;
  }
  return sizes;
}
