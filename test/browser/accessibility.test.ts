import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { downloadedText, openApp, useBrowser, waitForMap, waitForRobustness } from './launchBrowser.ts';

// Evaluated through DevTools rather than injected as a <script>: the app's
// Content-Security-Policy blocks inline scripts, as it should.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const browser = useBrowser();

/** axe-core against WCAG 2.0/2.1 A and AA; returns rule ids with the elements. */
async function wcagViolations(page: Page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

describe('accessibility (WCAG 2.1 AA, axe-core)', () => {
  it('the checker itself finds a planted violation', async () => {
    const page = await browser().newPage();
    await page.setContent('<html lang="sv"><head><title>t</title></head><body><main><img src="data:,"><p style="color:#bbb;background:#fff">svag kontrast</p></main></body></html>');
    const ids = (await wcagViolations(page)).map((v) => v.id).sort();
    expect(ids).toEqual(['color-contrast', 'image-alt']);
    await page.close();
  });

  it('the public page has no violations, works from the keyboard, explains the method and offers its data', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${inject('appUrl')}#/oppen`);
    expect(await wcagViolations(page)).toEqual([]);
    // Keyboard: the skip link comes first and leads to the ranking table.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Hoppa till rangordningen');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('ranking');
    await expect(page.locator('h1').textContent()).resolves.toBe('Så väljs områden för kraftsamlande insatser');
    // Tab then reaches the table's first sort button.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Sortera efter Rang');
    // The uncertainty analysis in plain Swedish.
    const method = (await page.getByTestId('section-uncertainty').textContent())!;
    for (const phrase of ['Hur säker är rangordningen?', '10 000 gånger', '100 %', 'nära gränsen', 'Litet underlag', 'Samma val ger alltid samma resultat']) {
      expect(method).toContain(phrase);
    }
    // The statistical terms are on the method page, not here.
    for (const term of ['Dirichlet', 'känslighetsindex', 'Monte Carlo']) expect(method).not.toContain(term);
    // The data behind it, with a licence note, and an embed snippet.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Rangordningen som CSV (för kalkylprogram)' }).click()]);
    expect((await downloadedText(csv)).split('\r\n')).toHaveLength(138);
    const [geo] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Områden med index som GeoJSON (för kartprogram)' }).click()]);
    const fc = JSON.parse(await downloadedText(geo));
    expect(fc.features).toHaveLength(136);
    expect(fc.licence).toContain('CC0');
    expect(fc.features.find((f: { properties: { code: string } }) => f.properties.code === '48208').properties).toMatchObject({ name: 'Herrgården', rank: 1 });
    await expect(page.locator('main').textContent()).resolves.toContain('inte användas som statistik');
    await expect(page.locator('.embed-code').textContent()).resolves.toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/#\/oppen" title="Så väljs områden för kraftsamlande insatser"/);
    // Read-only: no weight sliders, no file loading.
    await expect(page.locator('input[type="range"]').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Ladda in egen fil' }).count()).resolves.toBe(0);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'public-1920x1080.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    // On a phone (the same page at a phone's width): nothing sideways, still no violations.
    await page.setViewportSize({ width: 390, height: 844 });
    await waitForMap(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await wcagViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: resolve(SCREENSHOTS, 'public-phone-390x844.png') });
    await page.close();
  });

  it('the accessibility statement has what DIGG requires and no violations', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${inject('appUrl')}#/tillganglighet`);
    await page.waitForSelector('h1');
    const text = (await page.textContent('main'))!;
    expect(text).toContain('Kraftsamla');
    expect(text).toContain('delvis förenlig');
    expect(text).toContain('Alternativ: tabellen Rangordning');
    expect(text).toContain('självskattning');
    expect(text).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toContain('Rapportera brister');
    await expect(page.locator('a[href*="digg.se"]').count()).resolves.toBe(1);
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });

  it('the planners’ workspace has no violations: the robustness view with an area and its trends, the ranking, the change map, the follow-up and its report, the decision and its document', async () => {
    const { page } = await openApp(browser(), `${inject('appUrl')}?vy=robustness&col=probability&sel=25611`);
    await waitForRobustness(page);
    await page.locator('[data-testid="what-it-takes"]').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Rangordning' }).click();
    await page.getByTestId('area-panel').getByRole('button', { name: 'Stäng' }).click();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByTestId('change-map').check();
    await page.getByTestId('change-legend').waitFor();
    await page.getByRole('tab', { name: 'Uppföljning' }).click();
    await page.getByTestId('follow-up').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByTestId('open-report').click();
    await page.getByTestId('report').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.evaluate(() => (location.hash = ''));
    await page.getByRole('tab', { name: 'Beslut' }).click();
    await page.getByTestId('status-25611').selectOption('chosen');
    await page.locator('.decision-area[data-code="25611"] .decision-edit summary').click();
    await page.locator('[data-testid="legend-chosen"]').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByTestId('save-revision').click();
    await page.getByTestId('open-document').click();
    await page.getByTestId('decision-document').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });
});
