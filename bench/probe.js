// Injected into every page of the benchmark's browser before any of its scripts run: in-page
// timestamps (performance.now(), whose origin is the page's navigation start), taken at the
// first animation frame after the DOM shows what is awaited, so that a figure is "until it
// can be painted" and never includes Playwright's polling.
(() => {
  const marks = {};
  const key = { t0: 0, last: 0, mutations: 0 };
  window.__bench = { marks, key };
  addEventListener('TrunkApplicationStarted', (e) => { window.__benchWasm = e.detail && e.detail.wasm; });
  const text = () => (document.body ? document.body.textContent : '');
  const checks = {
    firstRow: () => !!document.querySelector('table.tickets tbody tr:not(.pad)'),
    dashboard: () => { const t = text(); return t.includes('tickets read in') && t.includes('Practice KPIs'); },
    valid: () => text().includes('The file is valid'),
    imported: () => text().includes('Imported:'),
    refused: () => !!document.querySelector('[role=alert]') && text().includes('Nothing was changed'),
    floorRows: () => !!document.querySelector('#floor tbody tr'),
  };
  const check = () => {
    for (const [name, test] of Object.entries(checks)) {
      if (marks[name] === undefined && marks['pending_' + name] === undefined && test()) {
        marks['pending_' + name] = performance.now();
        requestAnimationFrame(() => { marks[name] = performance.now(); });
      }
    }
  };
  const observer = new MutationObserver(() => {
    check();
    // Filter latency: the frame after the last change the keystroke caused.
    if (key.t0) { key.mutations++; requestAnimationFrame(() => { key.last = performance.now(); }); }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: false });
  document.addEventListener('keydown', (e) => {
    if (e.target && e.target.id === 'search') { key.t0 = performance.now(); key.last = 0; key.mutations = 0; }
  }, true);
  document.addEventListener('change', (e) => {
    if (e.target && e.target.id === 'backup-file') marks.change = performance.now();
  }, true);
  document.addEventListener('click', (e) => {
    const b = e.target && e.target.closest && e.target.closest('button');
    if (b && b.textContent.trim() === 'Import') marks.click = performance.now();
  }, true);
  window.__benchReset = (names) => { for (const n of names) { delete marks[n]; delete marks['pending_' + n]; } check(); };
})();
