/**
 * The page people see, at the sizes they use: a 1920×1080 desktop, a
 * 1366×768 laptop, a 390×844 phone and the workshop view on a projector.
 * One page, resized: each size is checked on the layout the app settles to.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { labelPoints } from '../../src/map/geometry.ts';
import { geography } from '../support/geography.ts';
import { useAppPage, useBrowser } from './launchBrowser.ts';
import { inkAround, screenPointAt } from './pixels.ts';

const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots/layout');
mkdirSync(SCREENSHOTS, { recursive: true });
const browser = useBrowser();

/** The map has taken its new size and drawn it: the canvas fills the
 * container and MapLibre reports the frame drawn. */
async function settle(page: Page) {
  await page.waitForFunction(() => {
    const map = document.querySelector<HTMLElement>('.map');
    const canvas = map?.querySelector('canvas');
    return !!map && !!canvas && map.dataset.state === 'ready' && Math.abs(canvas.clientWidth - map.clientWidth) < 2 && Math.abs(canvas.clientHeight - map.clientHeight) < 2;
  }, undefined, { timeout: 60_000 });
}

/** What the layout checks measure, in one pass over the page. */
function measure(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const r = document.querySelector(selector)?.getBoundingClientRect();
      return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height } : null;
    };
    const tooWide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().width > window.innerWidth + 1)
      .map((e) => `${e.tagName.toLowerCase()}.${String((e as HTMLElement).className)}`);
    const firstRow = [...document.querySelectorAll('[data-testid="ranking"] tbody tr:first-child > *')].slice(0, 3).map((c) => c.getBoundingClientRect());
    const ranking = document.querySelector('.ranking')!.getBoundingClientRect();
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      document: { height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth },
      tooWide,
      map: box('.map'),
      legend: box('.map-area .legend'),
      firstRow: firstRow.map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
      ranking: { left: ranking.left, right: ranking.right },
    };
  });
}

async function expectLayout(page: Page, name: string) {
  await settle(page);
  const m = await measure(page);
  // The page itself never scrolls: each panel scrolls on its own.
  expect(m.document).toEqual(m.viewport);
  expect(m.tooWide).toEqual([]);
  // The legend is beside the map, never over it (so over no area or name).
  expect(m.map!.width).toBeGreaterThan(300);
  expect(m.map!.height).toBeGreaterThan(300);
  expect(m.legend!.top).toBeGreaterThanOrEqual(m.map!.bottom - 1);
  // Rank, name and index of the first row are whole on screen.
  expect(m.firstRow).toHaveLength(3);
  for (const cell of m.firstRow) {
    expect(cell.left).toBeGreaterThanOrEqual(Math.max(0, m.ranking.left) - 1);
    expect(cell.right).toBeLessThanOrEqual(Math.min(m.viewport.width, m.ranking.right) + 1);
    expect(cell.top).toBeGreaterThanOrEqual(0);
    expect(cell.bottom).toBeLessThanOrEqual(m.viewport.height);
  }
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
}

/** Runs in the page before its scripts: what the first view showed when the
 * SVG stand-in for the map first appeared (no named helpers: the function is
 * sent to the page as text). */
function recordFirstView() {
  new MutationObserver((_, observer) => {
    const placeholder = document.querySelector('[data-testid="map-placeholder"]');
    if (!placeholder) return;
    observer.disconnect();
    (window as unknown as { firstView: unknown }).firstView = {
      fills: new Set([...placeholder.querySelectorAll('path')].map((p) => p.getAttribute('fill'))).size,
      paths: placeholder.querySelectorAll('path').length,
      tableRows: document.querySelectorAll('[data-testid="ranking"] tbody tr').length,
      mapReady: document.querySelector('.map')?.getAttribute('data-state') === 'ready',
      outlineGone: document.getElementById('first-paint') === null,
    };
  }).observe(document, { subtree: true, childList: true });
}

describe('the page at every size', () => {
  const app = useAppPage(browser, () => inject('appUrl'), undefined, recordFirstView);

  it('shows the page, the ranking and the areas in their colours before the WebGL map, then swaps to it', async () => {
    const { page } = app();
    await expect(page.evaluate(() => (window as unknown as { firstView: unknown }).firstView)).resolves.toEqual({
      fills: expect.any(Number),
      paths: 136,
      tableRows: 136,
      mapReady: false,
      outlineGone: true,
    });
    expect(await page.evaluate(() => (window as unknown as { firstView: { fills: number } }).firstView.fills)).toBeGreaterThanOrEqual(5);
    // Ready: the WebGL map has replaced the stand-in.
    await expect(page.getByTestId('map-placeholder').count()).resolves.toBe(0);
  });

  it('fits a 1920×1080 desktop, a 1366×768 laptop and a 390×844 phone without page scroll', async () => {
    const { page } = app();
    await expectLayout(page, 'desktop-1920x1080');
    await page.setViewportSize({ width: 1366, height: 768 });
    await expectLayout(page, 'laptop-1366x768');
    await page.setViewportSize({ width: 390, height: 844 });
    // On a phone the map comes first; the ranking is scrolled to.
    const map = (await measure(page)).map!;
    expect(map.top).toBeLessThan(300);
    await page.locator('[data-testid="ranking"] tbody tr').first().scrollIntoViewIfNeeded();
    await expectLayout(page, 'phone-390x844');
  });

  it('shows the selected area’s name above every symbol and label', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1366, height: 768 });
    await settle(page);
    const search = page.getByRole('combobox', { name: 'Sök område' });
    await search.fill('Holma');
    await search.press('Enter');
    await page.getByTestId('area-panel').waitFor();
    // Zoomed to it; its name is drawn last, lifted just above its efforts' symbols
    // (which keep their place round its label point).
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('.map')?.dataset.view?.split(',')[2]) >= 12);
    await settle(page);
    const holma = labelPoints(geography.delomraden.filter((f) => f.properties.name === 'Holma'), (p) => p.name)[0];
    const point = await screenPointAt(page, holma.position);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'selected-holma-1366x768.png') });
    expect(await inkAround(page, { x: point.x, y: point.y - 28 }, 80, 40)).toBeGreaterThan(40);
    await page.keyboard.press('Escape');
  });

  it('gives the workshop view at 1920×1080 a large map and a whole ranking', async () => {
    const { page } = app();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.evaluate(() => (window.location.hash = '#/workshop'));
    await page.locator('.app.presentation').waitFor();
    await expectLayout(page, 'workshop-1920x1080');
    const m = await measure(page);
    expect(m.map!.width * m.map!.height).toBeGreaterThan(0.4 * 1920 * 1080);
    // One row of tabs.
    const tops = await page.$$eval('.tabs [role="tab"]', (tabs) => new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size);
    expect(tops).toBe(1);
  });

  it('keeps English from a link on the public page, with the document language and title', async () => {
    const { page } = app();
    await page.evaluate(() => {
      history.replaceState(null, '', '?lang=en');
      window.location.hash = '#/oppen';
    });
    await page.getByRole('heading', { level: 1, name: 'How areas are chosen for concentrated efforts' }).waitFor();
    await expect(page.evaluate(() => [document.documentElement.lang, document.title])).resolves.toEqual(['en', 'How areas are chosen for concentrated efforts – Kraftsamla']);
    // The map first, with the search for one's own area just above it.
    const [search, mapTop, firstText] = await page.evaluate(() => [
      document.querySelector('.public-search input')!.getBoundingClientRect().top,
      document.querySelector('.public-map')!.getBoundingClientRect().top,
      document.querySelector('#what')!.getBoundingClientRect().top,
    ]);
    expect(search).toBeLessThan(mapTop);
    expect(mapTop).toBeLessThan(firstText);
  });
});
