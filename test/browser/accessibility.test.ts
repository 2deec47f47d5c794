import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, useBrowser } from './launchBrowser.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const browser = useBrowser();

/** axe-core against WCAG 2.0/2.1 A and AA; returns rule ids with the elements. */
async function wcagViolations(page: Page) {
  await page.addScriptTag({ path: axePath });
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

  it('the public page has no violations and works from the keyboard', async () => {
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
    await page.screenshot({ path: resolve(SCREENSHOTS, 'public-1920x1080.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('the public page is usable on a phone', async () => {
    const { page } = await openApp(browser(), `${inject('appUrl')}#/oppen`, { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await wcagViolations(page)).toEqual([]);
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

  it('the planners’ workspace has no violations', async () => {
    const { page } = await openApp(browser(), inject('appUrl'));
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });

  it('the robustness view, with an area selected and the probability map, has no violations', async () => {
    const { page } = await openApp(browser(), `${inject('appUrl')}?vy=robustness&col=probability&sel=25611`);
    await page.locator('[data-testid="run-status"][data-running="false"]').waitFor();
    await page.locator('[data-testid="what-it-takes"]').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.close();
  });
});
