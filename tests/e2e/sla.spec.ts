// SLA clocks: live on the list and the ticket page, explained, paused on hold, and the
// "breaching soon" and "breached" filters, with the browser's clock moved forward.
import { test, expect, logIncident } from './fixtures';

test('a P1 incident shows its clocks, their explanation, and pauses on hold', async ({ page }) => {
  await logIncident(page, 'Payroll server down');
  const clocks = page.getByRole('region', { name: 'Service level clocks' });
  await expect(clocks.getByRole('heading', { name: 'Response' })).toBeVisible();
  await expect(clocks.getByRole('heading', { name: 'Resolution' })).toBeVisible();
  await expect(clocks).toContainText('Running');
  await expect(clocks).toContainText(/1[45] min left/);
  await clocks.getByText('Why it stands here').first().click();
  await expect(clocks).toContainText('Definition P1');
  await expect(clocks.getByText('Counting').first()).toBeVisible();

  await page.getByRole('button', { name: 'Put on hold', exact: true }).click();
  await page.getByLabel('Hold reason').selectOption({ label: 'Awaiting caller' });
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(clocks).toContainText('Paused');
  // Putting it on hold was the first agent action: the response clock met its target.
  await expect(clocks).toContainText('Met');
});

test('clocks move live and the list filters tickets breaching soon, then breached', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-02T10:00:00Z') });
  await logIncident(page, 'Mail down');
  await page.goto('#/tickets');
  const row = page.getByRole('row', { name: /Mail down/ });
  await expect(row).toContainText(/min left/);

  await page.clock.runFor('12:00');
  // The response clock of a P1 warns at 75% of its 15 minutes.
  await expect(row).toContainText(/[23] min left/);
  await page.getByLabel('SLA').selectOption({ label: 'Breaching soon' });
  await expect(page).toHaveURL(/sla=soon/);
  await expect(page.getByRole('row', { name: /Mail down/ })).toBeVisible();

  await page.clock.runFor('05:00');
  await page.getByLabel('SLA').selectOption({ label: 'Breached' });
  await expect(page).toHaveURL(/sla=breached/);
  const breached = page.getByRole('row', { name: /Mail down/ });
  await expect(breached).toContainText(/overdue/);
  await page.getByLabel('SLA').selectOption({ label: 'Breaching soon' });
  await expect(page.getByText('No ticket matches these filters.')).toBeVisible();
});

/** WCAG contrast ratio of an element's text against the first opaque background behind it. */
async function contrastOf(page: import('@playwright/test').Page, selector: string): Promise<{ text: string; ratio: number }[]> {
  return page.$$eval(selector, (elements) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? ['0', '0', '0', '1']).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    return elements.map((el) => {
      let bg = [255, 255, 255];
      for (let n: Element | null = el; n; n = n.parentElement) {
        const c = rgb(getComputedStyle(n).backgroundColor);
        if (c.length < 4 || c[3] > 0.9) { bg = c; break; }
      }
      const fg = rgb(getComputedStyle(el).color);
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      return { text: (el.textContent ?? '').trim(), ratio: (a + 0.05) / (b + 0.05) };
    });
  }, selector);
}

test('clock colours keep text readable in every status', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-03-02T10:00:00Z') });
  await logIncident(page, 'Soon breached');
  await page.clock.runFor('12:00');
  await logIncident(page, 'Put on hold');
  await page.getByRole('button', { name: 'Put on hold', exact: true }).click();
  await page.getByLabel('Hold reason').selectOption({ label: 'Awaiting vendor' });
  await page.getByRole('button', { name: 'Confirm' }).click();
  await logIncident(page, 'Quickly resolved');
  await page.getByRole('button', { name: 'Resolve', exact: true }).click();
  await page.getByLabel('Resolution code').selectOption({ index: 1 });
  await page.getByLabel('Resolution notes').fill('Restarted the service.');
  await page.getByRole('button', { name: 'Confirm' }).click();
  await logIncident(page, 'Already late');
  await page.clock.runFor('20:00');
  await page.goto('#/tickets');
  await expect(page.getByRole('row', { name: /Already late/ })).toContainText('overdue');
  const badges = await contrastOf(page, 'td .sla > span[aria-hidden]');
  const texts = badges.map((b) => b.text).join(' | ');
  for (const word of ['overdue', 'Met', 'left']) expect(texts).toContain(word);
  for (const b of badges) expect(b.ratio, b.text).toBeGreaterThanOrEqual(4.5);
  await page.getByRole('link', { name: 'INC0002' }).click();
  // The ticket page reads its record first: measure once its clocks are drawn.
  await expect(page.locator('.clock .sla-pill').first()).toBeVisible();
  const pills = await contrastOf(page, '.clock .sla-pill');
  expect(pills.map((p) => p.text).join(' ')).toContain('Paused');
  for (const p of pills) expect(p.ratio, p.text).toBeGreaterThanOrEqual(4.5);
});

test('an administrator changes a target; open tickets follow it and bad input is refused', async ({ page }) => {
  await logIncident(page, 'Core switch down');
  await page.goto('#/settings');
  const p1 = page.getByRole('group', { name: '1. P1' });
  await p1.getByLabel('Response target (minutes)').fill('30');
  await page.getByRole('button', { name: 'Save the SLA policy' }).click();
  await expect(page.getByText('SLA policy saved; 1 open tickets recomputed.')).toBeVisible();

  await p1.getByLabel('Name', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Save the SLA policy' }).click();
  await expect(page.getByRole('alert')).toContainText('Every definition needs a name.');
  await page.reload();
  await expect(page.getByRole('group', { name: '1. P1' }).getByLabel('Response target (minutes)')).toHaveValue('30');

  await page.goto('#/tickets/INC0001');
  const clocks = page.getByRole('region', { name: 'Service level clocks' });
  await expect(clocks).toContainText(/(29|30) min left/);
});
