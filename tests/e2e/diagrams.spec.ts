// The interactive ITIL diagrams: value streams step by step on the value chain, a ticket's
// journey replayed from its real history, and the value system's parts with live facts.
import { readFileSync } from 'node:fs';
import { test, expect, act, logIncident, type Page } from './fixtures';

/** The activity keys of the markers drawn so far, in step order. */
async function drawnSteps(page: Page, svg: string): Promise<string[]> {
  return page.locator(`#${svg} .svc-step`).evaluateAll((gs) =>
    gs.map((g) => g.getAttribute('data-activity') ?? ''));
}

test('a value stream highlights its steps in order, forward and back', async ({ page }) => {
  await page.goto('#/svc');
  await page.getByRole('radio', { name: 'Restore a service after an incident' }).check();
  const expected = ['engage', 'deliver-and-support', 'obtain-build', 'design-and-transition',
    'deliver-and-support', 'engage', 'improve'];
  const stream = page.locator('#stream-restore-service');
  for (let i = 0; i < expected.length; i++) {
    if (i > 0) await page.getByRole('button', { name: 'Next step' }).click();
    await expect(stream.getByRole('status')).toHaveText(`Step ${i + 1} of 7`);
    expect(await drawnSteps(page, 'svc-diagram')).toEqual(expected.slice(0, i + 1));
    await expect(page.locator('#svc-diagram .svc-activity[data-current="true"]'))
      .toHaveAttribute('id', `svc-${expected[i]}`);
    await expect(stream.locator('li[aria-current="step"]')).toHaveCount(1);
    await expect(stream.locator('li').nth(i)).toHaveAttribute('aria-current', 'step');
  }
  await expect(page.getByRole('button', { name: 'Next step' })).toBeDisabled();
  await page.getByRole('button', { name: 'Previous step' }).click();
  expect(await drawnSteps(page, 'svc-diagram')).toEqual(expected.slice(0, 6));

  // Another stream replaces the path; "None" clears it.
  await page.getByRole('radio', { name: 'Fulfil a standard service request' }).check();
  await expect(page.locator('#stream-fulfil-request').getByRole('status')).toHaveText('Step 1 of 3');
  expect(await drawnSteps(page, 'svc-diagram')).toEqual(['engage']);
  await page.getByRole('radio', { name: 'None' }).check();
  await expect(page.locator('#svc-diagram .svc-step')).toHaveCount(0);
});

test('playing a value stream with reduced motion shows every step at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('#/svc');
  await page.getByRole('radio', { name: 'Implement a change' }).check();
  await page.getByRole('button', { name: 'Play from the start' }).click();
  const steps = await page.locator('#stream-implement-change li').count();
  await expect(page.locator('#stream-implement-change').getByRole('status'))
    .toHaveText(`Step ${steps} of ${steps}`);
  await expect(page.locator('#svc-diagram .svc-step')).toHaveCount(steps);
});

test("a ticket's journey replays its real history through the value chain", async ({ page }) => {
  await logIncident(page, 'VPN drops every hour');
  await act(page, 'Start work', 'In progress');
  await act(page, 'Put on hold', 'On hold', (p) => p.getByLabel('Hold reason').selectOption({ label: 'Awaiting caller' }));
  await act(page, 'Resume', 'In progress');
  await act(page, 'Resolve', 'Resolved', async (p) => {
    await p.getByLabel('Resolution code').selectOption({ label: 'Solved (permanently)' });
    await p.getByLabel('Resolution notes').fill('Rekeyed the tunnel');
  });
  await act(page, 'Close', 'Closed');

  // Animated: starts at the first step and plays on to the last.
  await page.goto('#/tickets/INC0001/journey');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journey of INC0001');
  const status = page.locator('.path-player').getByRole('status');
  await expect(status).toHaveText('Step 5 of 5');
  const stops = page.locator('.journey-stops li');
  await expect(stops).toHaveCount(6);
  expect(await stops.evaluateAll((li) => li.map((l) => l.getAttribute('data-activity')))).toEqual(
    ['engage', 'deliver-and-support', 'deliver-and-support', 'deliver-and-support', 'engage', 'none']);
  await expect(stops.nth(1)).toContainText('In progress');
  await expect(stops.nth(2)).toContainText('On hold');
  await expect(stops.nth(5)).toContainText('Left the value chain');
  await expect(stops.nth(5)).toContainText('Closed');
  await expect(stops.nth(0)).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  expect(await drawnSteps(page, 'journey-diagram')).toEqual(
    ['engage', 'deliver-and-support', 'deliver-and-support', 'deliver-and-support', 'engage']);
  await expect(page.locator('.journey-route')).toHaveText('Engage → Deliver and support → Engage');

  // Reduced motion: the whole journey at once.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await expect(status).toHaveText('Step 5 of 5');
  await page.getByRole('button', { name: 'Previous step' }).click();
  await expect(status).toHaveText('Step 4 of 5');
  await expect(stops.nth(3)).toHaveAttribute('aria-current', 'step');
  await page.getByRole('link', { name: 'Back to INC0001' }).click();
  await expect(page).toHaveURL(/#\/tickets\/INC0001$/);
});

test('the value system: every part is a named button, and the panel shows live facts', async ({ page }) => {
  await logIncident(page, 'Printer jammed');
  await page.goto('#/svs');
  const parts = page.locator('#svs-diagram .svs-part');
  await expect(parts).toHaveCount(6 + 4 + 5 + 2);
  for (const part of await parts.all()) {
    await expect(part).toHaveAttribute('tabindex', '0');
    await expect(part).toHaveAttribute('role', 'button');
    expect((await part.getAttribute('aria-label'))?.trim()).toBeTruthy();
  }

  // Keyboard: focus the value chain and press Enter.
  await page.locator('#svs-service-value-chain').focus();
  await page.keyboard.press('Enter');
  const panel = page.locator('.svs-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Service value chain');
  await expect(panel).toContainText('Open tickets across the value chain: 1.');
  await expect(panel.getByRole('listitem').filter({ hasText: 'Engage' })).toContainText('— 1 open');
  await expect(page.locator('#svs-service-value-chain')).toHaveAttribute('aria-pressed', 'true');

  // Practices: live count of enabled practices; a dimension and a PESTLE factor explain themselves.
  await page.locator('#svs-practices').click();
  await expect(panel).toContainText('34 of 34 practices enabled');
  await page.locator('#svs-dimension-2').press(' ');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Partners and suppliers');
  await page.getByRole('button', { name: 'Legal' }).click();
  await expect(panel).toContainText('External factor');

  // French labels, and the SVG export is a standalone file.
  await page.getByLabel('Language').selectOption('fr');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Légal');
  await expect(page.locator('#svs-guiding-principles')).toHaveAttribute('aria-label', 'Principes directeurs');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter en SVG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('service-value-system.svg');
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).toMatch(/^<\?xml/);
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain('Amélioration continue');
});

/** WCAG contrast ratio of every text of a diagram against the shape it is drawn on (the
 * last rect, polygon or circle before it in its group), or the white page. */
async function diagramContrast(page: Page, svg: string): Promise<{ text: string; ratio: number }[]> {
  return page.locator(`#${svg} text`).evaluateAll((texts) => {
    const rgb = (c: string) => {
      const probe = document.createElement('span');
      probe.style.color = c;
      document.body.append(probe);
      const m = getComputedStyle(probe).color.match(/\d+(\.\d+)?/g)!.map(Number);
      probe.remove();
      return m.slice(0, 3);
    };
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    return texts.map((t) => {
      let shape: Element | null = null;
      for (let n = t.previousElementSibling; n && !shape; n = n.previousElementSibling) {
        if (['rect', 'polygon', 'circle'].includes(n.tagName)) shape = n;
      }
      const back = shape ? getComputedStyle(shape).fill : 'rgb(255, 255, 255)';
      const [a, b] = [lum(rgb(getComputedStyle(t).fill)), lum(rgb(back))];
      return { text: t.textContent ?? '', ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
    });
  });
}

test('every text of the diagrams passes WCAG AA contrast, with a path drawn', async ({ page }) => {
  await page.goto('#/svs');
  await page.locator('#svs-practices').click();
  const svs = await diagramContrast(page, 'svs-diagram');
  await page.goto('#/svc');
  await page.getByRole('radio', { name: 'Restore a service after an incident' }).check();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.locator('#svc-diagram .svc-step')).toHaveCount(2);
  const svc = await diagramContrast(page, 'svc-diagram');
  expect(svs.length).toBeGreaterThan(20);
  expect(svc.some((t) => t.text === '2')).toBe(true);
  for (const { text, ratio } of [...svs, ...svc]) {
    expect(ratio, `"${text}"`).toBeGreaterThanOrEqual(4.5);
  }
});
