/**
 * The first view on any computer: before a script has run, and on a browser
 * that cannot draw WebGL at all, the user sees a page with Malmö on it.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { onlyOvercrowding } from './actions.ts';
import { useBrowser } from './launchBrowser.ts';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots/first-view');
mkdirSync(SCREENSHOTS, { recursive: true });
const browser = useBrowser();

describe('the first view', () => {
  it('paints the title and Malmö’s areas in the default index’s colours from the HTML alone, before any script', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(inject('appUrl'));
    await expect(page.locator('#first-paint .first-paint-title').textContent()).resolves.toBe('Kraftsamla');
    await expect(page.getByRole('status').textContent()).resolves.toBe('Laddar kartan…');
    await expect(page.locator('#first-paint .first-paint-note').textContent()).resolves.toContain('Exempeldata');
    const outline = (await page.locator('#first-paint svg g').boundingBox())!;
    expect(outline.width).toBeGreaterThan(300);
    expect(outline.height).toBeGreaterThan(300);
    const painted = await page.$$eval('#first-paint svg path[data-class]', (paths) =>
      paths.flatMap((p) => p.getAttribute('data-codes')!.split(' ').map((code) => [code, p.getAttribute('data-class')!] as const)),
    );
    expect(painted).toHaveLength(136);
    // Light enough to inline: the whole page stays small.
    const html = await (await page.request.get(inject('appUrl'))).text();
    expect(html.length).toBeLessThan(40_000);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'before-script-1366x768.png') });
    await context.close();

    // The same classes as the app's own, once it runs: the ranking's class dots.
    const app = await browser().newPage({ viewport: { width: 1366, height: 768 } });
    await app.goto(inject('appUrl'));
    await app.waitForSelector('[data-testid="ranking"] tbody tr');
    const appClasses = await app.$$eval('[data-testid="ranking"] tbody tr', (rows) =>
      rows.map((r) => [r.getAttribute('data-code')!, r.querySelector('.class-dot')!.getAttribute('data-class')!] as const),
    );
    expect(new Map(painted)).toEqual(new Map(appClasses));
    await app.close();
  });

  it('paints the areas grey, not in the default colours, for a link with its own weighting', async () => {
    const colours = async (query: string) => {
      const page = await browser().newPage({ viewport: { width: 1366, height: 768 } });
      // The app never starts: what is seen is index.html's first paint alone.
      await page.route('**/assets/*.js', (route) => route.abort());
      await page.goto(`${inject('appUrl')}${query}`, { waitUntil: 'domcontentloaded' });
      const fills = await page.$$eval('#first-paint svg path', (paths) => new Set(paths.map((p) => getComputedStyle(p).fill)).size);
      const noteShown = await page.locator('.first-paint-note').isVisible();
      await page.close();
      return { fills, noteShown };
    };
    // Five need classes and the grey of "Uppgift saknas".
    await expect(colours('')).resolves.toEqual({ fills: 6, noteShown: true });
    await expect(colours('?w=trangboddhet:100')).resolves.toEqual({ fills: 1, noteShown: false });
  });

  it('without WebGL keeps the page whole: the ranking, the areas as SVG in their colours, and a note', async () => {
    const page = await browser().newPage({ viewport: { width: 1366, height: 768 }, locale: 'sv-SE' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // A computer whose browser has WebGL switched off: every WebGL context is refused.
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        return kind.includes('webgl') ? null : (original as (...a: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
      } as typeof original;
    });
    await page.goto(inject('appUrl'));
    await page.waitForSelector('.map[data-state="unavailable"]', { timeout: 60_000 });
    await expect(page.getByTestId('map-unavailable').textContent()).resolves.toContain('webbläsaren kan inte rita WebGL');
    await expect(page.locator('[data-testid="ranking"] tbody tr').count()).resolves.toBe(136);
    const fills = await page.$$eval('[data-testid="map-placeholder"] path', (paths) => new Set(paths.map((p) => p.getAttribute('fill'))).size);
    expect(fills).toBeGreaterThanOrEqual(5);
    // An area is chosen on the SVG map too.
    await page.locator('[data-testid="map-placeholder"] path[data-code="25611"]').click();
    await expect(page.getByTestId('area-panel').getByRole('heading', { level: 2 }).textContent()).resolves.toContain('Holma');
    await page.keyboard.press('Escape');
    // The weights still work: the table follows a slider.
    const first = () => page.locator('[data-testid="ranking"] tbody tr').first().locator('th').textContent();
    const before = await first();
    await onlyOvercrowding(page);
    await expect.poll(first).not.toBe(before);
    expect(errors).toEqual([]);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'no-webgl-1366x768.png') });
    await page.close();
  });
});
