// The floor, measured in the same run on the same data: raw JavaScript on a blank page of the
// same origin (bench/floor.html, served at the root), no framework and no wasm.
import { mark, median, quantile } from './lib.mjs';

/** Every floor figure, each the median of `runs` (filter: p50/p95 over the same texts). */
export async function measure(page, origin, { runs, importRuns, rows, texts, backupUrl }) {
  const url = `${origin}/bench-floor.html`;
  const starts = [];
  await page.goto('about:blank');
  await page.goto(`${url}?rows=${rows}`);
  await mark(page, 'floorRows');
  for (let i = 0; i < runs; i++) {
    await page.goto('about:blank');
    await page.goto(`${url}?rows=${rows}`);
    starts.push(await mark(page, 'floorRows'));
  }
  await page.goto(`${url}?idle`);
  const p50s = [];
  const p95s = [];
  for (let i = 0; i < runs; i++) {
    const lat = [];
    for (const t of texts) lat.push(await page.evaluate(([t, rows]) => window.floorFilter(t, rows), [t, rows]));
    p50s.push(quantile(lat, 0.5));
    p95s.push(quantile(lat, 0.95));
  }
  const boards = [];
  for (let i = 0; i < runs; i++) boards.push((await page.evaluate(() => window.floorDashboard())).ms);
  const imports = [];
  if (importRuns > 0) {
    await page.evaluate((u) => window.floorLoad(u), backupUrl);
    for (let i = 0; i < importRuns; i++) imports.push(await page.evaluate(() => window.floorImport()));
    await page.evaluate(() => { window.__text = null; indexedDB.deleteDatabase('bench-floor'); });
  }
  return { cold_start_ms: median(starts), filter_p50: median(p50s), filter_p95: median(p95s), dashboard_ms: median(boards),
    import_ms: imports.length ? median(imports) : null };
}
