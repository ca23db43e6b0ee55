// End-to-end tests: the release build (dist/) served by a plain static file server under
// the sub-path /valuedesk/, driven in Debian's Chromium with a fresh profile per test.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 8765);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${port}/valuedesk/` },
  webServer: {
    // scripts/test copies dist/ to target/e2e-root/valuedesk/ first.
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory target/e2e-root`,
    url: `http://127.0.0.1:${port}/valuedesk/`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
  },
});
