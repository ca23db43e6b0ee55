// The "before and after" table of BENCHMARKS.md: this run against bench/baseline.json, the
// figures measured before any optimisation (commit 30186fc, 2026-11-26).
import { existsSync, readFileSync } from 'node:fs';
import { round } from './lib.mjs';

const BASELINE = 'bench/baseline.json';
const num = (x, digits = 0) => (x === null || x === undefined ? '—' : round(x, digits).toLocaleString('en-US'));
const change = (a, b) => (a && b ? `${b < a ? '−' : '+'}${Math.abs(round((100 * (b - a)) / a, 0))} %` : '—');

/** The figures compared, each read from one dataset's results. */
const FIGURES = [
  ['import via the UI (ms)', (s) => (s.import?.error ? null : s.import?.ms)],
  ['cold start to first rows (ms)', (s) => s.cold_start?.ms],
  ['cold start floor (ms)', (s) => s.floor?.cold_start_ms],
  ['filter keystroke p50 (ms)', (s) => s.filter?.p50, 1],
  ['filter keystroke p95 (ms)', (s) => s.filter?.p95, 1],
  ['filter floor p95 (ms)', (s) => s.floor?.filter_p95, 1],
  ['scroll: frames dropped', (s) => s.scroll?.dropped],
  ['dashboard to drawn (ms)', (s) => s.dashboard?.ms],
  ['memory after loading the list (MB)', (s) => (s.memory_list ? s.memory_list.total / 2 ** 20 : null), 1],
];

/** Markdown lines comparing `results` with the baseline, or none when there is none. */
export function comparison(results) {
  if (!existsSync(BASELINE)) return [];
  const before = JSON.parse(readFileSync(BASELINE, 'utf8'));
  const lines = ['', '## Before and after', '',
    `Before: \`${BASELINE}\`, measured on ${before.machine.date.slice(0, 10)} before any optimisation (same machine and harness).`,
    'A missing import figure means the import did not finish or was not measured.', '',
    '| figure | tickets | before | after | change |', '|---|---|---|---|---|'];
  const tb = before.transfer?.brotli;
  const ta = results.transfer?.brotli;
  lines.push(`| transfer, brotli (KB) | — | ${num(tb / 1024)} | ${num(ta / 1024)} | ${change(tb, ta)} |`);
  for (const [label, read, digits] of FIGURES) {
    for (const s of results.sizes) {
      const b = before.sizes.find((x) => x.tickets === s.tickets);
      if (!b) continue;
      const [x, y] = [read(b), read(s)];
      if ((x ?? null) === null && (y ?? null) === null) continue;
      lines.push(`| ${label} | ${s.tickets.toLocaleString('en-US')} | ${num(x, digits)} | ${num(y, digits)} | ${change(x, y)} |`);
    }
  }
  return lines;
}
