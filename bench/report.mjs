// Writes the results as bench/results.json and as Markdown tables in BENCHMARKS.md.
import { writeFileSync } from 'node:fs';
import { round } from './lib.mjs';
import { comparison } from './compare.mjs';

const MB = 2 ** 20;
const fmt = (x, unit = 'ms', digits = 0) => (x === null || x === undefined ? '—' : `${round(x, digits).toLocaleString('en-US')} ${unit}`.trim());
const ratio = (a, b) => (a && b ? `${round(a / b, 1)}×` : '—');
const met = (ok) => (ok === null || ok === undefined ? '—' : ok ? 'met' : '**missed**');

/** The table rows of one dataset: figure, ValueDesk, floor, ratio, target, met. */
function rows(s) {
  const n = s.tickets;
  const out = [];
  const add = (figure, v, fl, unit, target, ok, digits = 0) => {
    const floor = fl === null || fl === undefined ? '—' : fmt(fl, unit, digits);
    out.push(`| ${figure} | ${fmt(v, unit, digits)} | ${floor} | ${ratio(v, fl)} | ${target} | ${met(ok)} |`);
  };
  const imp = s.import ?? {};
  const importTarget = n === 10_000 ? '< 2 s' : n === 100_000 ? '< 20 s' : '—';
  const importLimit = n === 10_000 ? 2000 : n === 100_000 ? 20_000 : null;
  if (imp.timed_out_s) {
    out.push(`| import of the backup file (UI, Replace; check ${fmt(imp.check_ms)}, then ${imp.error}) | > ${fmt(imp.timed_out_s * 1000 + (imp.check_ms ?? 0))} (did not finish) | ${s.floor?.import_ms ? fmt(s.floor.import_ms) : '—'} | > ${ratio(imp.timed_out_s * 1000, s.floor?.import_ms)} | ${importTarget} | ${met(importLimit ? false : null)} |`);
  } else if (imp.error) out.push(`| import of the backup file (UI, Replace) | not measurable: ${imp.error.replace(/\|/g, '/')} | — | — | ${importTarget} | — |`);
  else add(`import of the backup file (UI, Replace; check ${fmt(imp.check_ms)} + write ${fmt(imp.write_ms)})`, imp.ms, s.floor?.import_ms, 'ms',
    importTarget, importLimit ? imp.ms < importLimit : null);
  const cs = s.cold_start ?? {};
  const csOk = n === 100_000 && cs.ms ? cs.ms < 300 && (!s.floor?.cold_start_ms || cs.ms <= 2 * s.floor.cold_start_ms) : null;
  add(`cold start to first rows (app cached: ${cs.controlled ? 'yes' : 'no'}; ${cs.rows ?? '?'} rows)`, cs.ms, s.floor?.cold_start_ms, 'ms',
    n === 100_000 ? '< 300 ms and ≤ 2× floor' : '—', csOk);
  const sc = s.scroll ?? {};
  add(`scroll: frames dropped of ${sc.frames ?? '?'} (${sc.rows ?? '?'} rows${sc.reached_end ? ', to the end' : ''}; worst frame ${fmt(sc.worst_ms)})`,
    sc.dropped, null, '', '—', null);
  const f = s.filter ?? {};
  const fTarget = n === 100_000 ? 50 : n === 10_000 ? 16 : null;
  add(`filter keystroke p50 (${f.keystrokes ?? '?'} keystrokes)`, f.p50, s.floor?.filter_p50, 'ms', '—', null, 1);
  add('filter keystroke p95', f.p95, s.floor?.filter_p95, 'ms', fTarget ? `< ${fTarget} ms` : '—', fTarget && f.p95 !== null ? f.p95 < fTarget : null, 1);
  const d = s.dashboard ?? {};
  add(`dashboard, navigation to drawn (app reports ${fmt(d.app_ms)} reading ${d.tickets_read ?? '?'})`, d.ms, s.floor?.dashboard_ms, 'ms', '—', null);
  for (const [label, m] of [['memory after loading the list', s.memory_list], ['memory after the dashboard', s.memory_dashboard]]) {
    if (!m) continue;
    add(`${label} (JS heap ${fmt(m.js_heap / MB, 'MB', 1)} + wasm ${m.wasm === null ? 'n/a' : fmt(m.wasm / MB, 'MB', 1)})`, m.total / MB, null, 'MB',
      n === 100_000 ? '< 200 MB' : '—', n === 100_000 ? m.total / MB < 200 : null, 1);
  }
  return out;
}

export function writeReport(results) {
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  const m = results.machine;
  const t = results.transfer;
  const lines = [
    '# ValueDesk benchmarks',
    '',
    `Written by \`scripts/bench${results.mode === 'quick' ? ' --quick' : ''}\` (issue 8) on ${m.date.slice(0, 10)}; raw figures in`,
    '`bench/results.json`. Release build served by `python3 -m http.server` under `/valuedesk/`, driven by Playwright in',
    'headless Chromium on a persistent profile (the service worker caches the app).',
    '',
    `**Machine:** ${m.cpu}, ${m.cores} cores, ${m.ram_gb} GB RAM; ${m.os}; ${m.chromium}; Node ${m.node}.`,
    `**Runs:** each section says of how many runs its figures are the median` +
      `${results.mode === 'quick' ? ' — a quick run (1k and 10k only, 3 runs): indicative, not the issue\'s ≥ 5' : ''}.` +
      ` The run took ${Math.round((results.duration_s ?? 0) / 60)} min.`,
    results.note ? `**Note:** ${results.note}` : '',
    '',
    '## How each figure is taken',
    '',
    '- Times are in-page `performance.now()` (origin: the navigation start) at the first animation frame after the DOM shows',
    '  what is awaited (bench/probe.js, a MutationObserver), never Playwright\'s polling.',
    '- **Import**: Settings → Restore from a backup, the file chosen, *Replace*, until "Imported: …"; the figure is the check',
    '  (file chosen → "The file is valid") plus the write (click on Import → "Imported"), without the time in between.',
    '  Floor: `JSON.parse` of the same text and every ticket and event put in one transaction of a raw database.',
    '- **Cold start**: from `about:blank`, navigation to `#/tickets` until the first row is painted. Floor: a blank page of',
    '  the same origin that opens the database, `getAll` of one page (100) through the same `created` index, and renders the',
    '  same number of rows as a plain table.',
    '- **Scroll**: the list container scrolled by 176 px (4 rows) per animation frame from the top, pages loading as it',
    '  goes, up to 2,000 rows or the end; a frame delta of k intervals counts k − 1 dropped frames.',
    '- **Filter**: real keystrokes (CDP) in *Search*: five words typed and erased (56 keystrokes); latency is keydown → the',
    '  frame after the last DOM change it caused (250 ms of quiet). Floor: a newest-first cursor keeping the first 100',
    '  matches of the same texts, rows rendered.',
    '- **Dashboard**: from `about:blank`, navigation to `#/` until "N tickets read in X ms" and the practice KPIs are shown',
    '  (app start included). Floor: `getAll` of every ticket, a count by kind and state, a table drawn.',
    '- **Memory**: after a forced garbage collection, CDP `Runtime.getHeapUsage` (JS heap) plus the wasm linear memory',
    '  (`memory.buffer.byteLength`, from the `TrunkApplicationStarted` event).',
    '- Ratio = ValueDesk / floor.',
    '',
    '## Transfer (the whole app: wasm, js, css)',
    '',
    '| files | raw | gzip -9 | brotli (11) | of which wasm (brotli) | target | met? |',
    '|---|---|---|---|---|---|---|',
    `| ${t.files} | ${fmt(t.raw / 1024, 'KB')} | ${fmt(t.gzip / 1024, 'KB')} | ${fmt(t.brotli / 1024, 'KB')} | ${fmt(t.wasm_brotli / 1024, 'KB')} | < 350 KB brotli | ${met(t.brotli / 1024 < 350)} |`,
  ];
  lines.push(...comparison(results));
  for (const s of results.sizes) {
    lines.push('', `## ${s.tickets.toLocaleString('en-US')} tickets` +
      (s.dataset ? ` (${s.dataset.events.toLocaleString('en-US')} history events; backup file ${fmt(s.dataset.backup_bytes / MB, 'MB', 1)})` : ''), '');
    lines.push(`Each figure is the median of ${s.runs} runs (imports: ${s.import_runs}).`, '');
    if (s.seeded_directly) lines.push('The import failed (see below), so the data was written straight into IndexedDB for the other figures.', '');
    if (s.harness_error) lines.push(`The harness stopped on this dataset: \`${s.harness_error.split('\n')[0]}\``, '');
    lines.push('| figure | ValueDesk | floor | ratio | target | met? |', '|---|---|---|---|---|---|', ...rows(s));
    if (s.page_errors?.length) lines.push('', `Page errors: ${s.page_errors.length} (first: \`${s.page_errors[0].slice(0, 200)}\`)`);
  }
  writeFileSync('BENCHMARKS.md', lines.filter((l, i) => l !== '' || lines[i - 1] !== '').join('\n') + '\n');
}
