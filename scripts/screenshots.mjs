// Takes screenshots of the release build for a person to look at:
//   node scripts/screenshots.mjs [outdir]   (serve target/e2e-root on port 8766 first)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const out = process.argv[2] ?? 'target/screenshots';
mkdirSync(out, { recursive: true });
const base = 'http://127.0.0.1:8766/valuedesk/';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
for (const [lang, width] of [['en', 1280], ['fr', 1024], ['en', 420]]) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, locale: lang });
  await page.goto(base);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.goto(base + '#/tickets/new');
  await page.locator('#title').fill(lang === 'fr' ? 'La messagerie est en panne' : 'Email is down for the office');
  await page.locator('#description').fill('Outlook cannot reach the server since 9:00.\nSecond line.');
  await page.locator('#caller').fill('Alice Martin');
  await page.locator('#impact').selectOption('high');
  await page.screenshot({ path: `${out}/${lang}-${width}-form.png`, fullPage: true });
  await page.keyboard.press('Enter');
  await page.waitForURL(/INC0001/);
  await page.locator('.history li').first().waitFor();
  await page.screenshot({ path: `${out}/${lang}-${width}-ticket.png`, fullPage: true });
  await page.goto(base + '#/tickets/new');
  await page.locator('#title').fill('');
  await page.keyboard.press('Enter');
  await page.screenshot({ path: `${out}/${lang}-${width}-form-error.png`, fullPage: true });
  for (const p of ['tickets', 'settings', 'practices', 'svs', '']) {
    await page.goto(base + '#/' + p);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}/${lang}-${width}-${p || 'dashboard'}.png`, fullPage: p !== 'practices' });
  }
  await page.close();
}
await browser.close();
