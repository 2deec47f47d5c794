/**
 * Issue 13's comparison: the same slider drag and the same first view on
 * Kraftsamla and on its baseline pages, in one Chromium, interleaved rounds
 * (each round loads every page once, cold, in a turning order), so a busy
 * moment of the machine falls on all pages alike.
 *
 * One definition for every page, measured inside it by the same init script:
 * - a step: from a range input's `input` event (its timeStamp, so input delay
 *   counts) until two animation frames later, when the frame that shows the
 *   change has been produced;
 * - first contentful paint, from the browser;
 * - the coloured map: two frames after the areas in their colours entered the
 *   DOM (the page's own selector) or the page marked `bench:coloured-map`,
 *   and not before the first contentful paint (a frame is not yet a screen);
 * - ready: two frames after the page's ready selector matched (the table
 *   filled and the map canvas up).
 */
import type { Browser, Page } from 'playwright-core';

export interface BenchPage {
  name: string;
  url: string;
  /** The areas in their colours are on screen once this matches (if the page does not mark it itself). */
  colouredSelector?: string;
  readySelector: string;
  slider: string;
}

export interface PageResult {
  steps: number[];
  fcp: number[];
  coloured: number[];
  ready: number[];
}

/** Runs in every page before its own scripts. A string: tsx would otherwise
 * name helpers in it that the page lacks. */
const PROBE = (colouredSelector: string, readySelector: string) => `
(() => {
  const twoFramesLater = (fn) => requestAnimationFrame(() => requestAnimationFrame(fn));
  window.__benchInputs = 0;
  addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'range') return;
    window.__benchInputs++;
    const start = event.timeStamp;
    twoFramesLater(() => performance.measure('bench:step', { start, end: performance.now() }));
  }, true);
  const watched = [['bench:coloured-map', ${JSON.stringify(colouredSelector)}], ['bench:ready', ${JSON.stringify(readySelector)}]];
  const seen = new Set();
  const check = () => {
    for (const [name, selector] of watched) {
      if (!selector || seen.has(name) || !document.querySelector(selector)) continue;
      seen.add(name);
      twoFramesLater(() => performance.mark(name));
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

async function firstEntry(page: Page, name: string) {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 120_000 });
  return page.evaluate((n) => performance.getEntriesByName(n)[0].startTime, name);
}

/** Drags the slider's thumb back and forth in small moves; each move that
 * changed the value is waited for until its step is measured. */
async function drag(page: Page, slider: string, moves: number) {
  const box = (await page.locator(slider).boundingBox())!;
  const value = Number(await page.locator(slider).inputValue());
  const y = box.y + box.height / 2;
  // The thumb's centre: its travel is the track less the thumb's own width (~16 px).
  let x = box.x + 8 + ((box.width - 16) * value) / 100;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const dx = (box.width - 16) / 40; // 2.5 weight points a move
  for (let i = 0; i < moves; i++) {
    x += i % 24 < 12 ? dx : -dx;
    await page.mouse.move(x, y);
    const inputs = await page.evaluate(() => (window as unknown as { __benchInputs: number }).__benchInputs);
    await page.waitForFunction((n) => performance.getEntriesByName('bench:step').length >= n, inputs, { timeout: 120_000 });
  }
  await page.mouse.up();
}

export async function compareSmoothness(browser: Browser, pages: BenchPage[], rounds: number, warmUpMoves: number, moves: number) {
  const results = new Map<string, PageResult>(pages.map((p) => [p.name, { steps: [], fcp: [], coloured: [], ready: [] }]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < pages.length; k++) {
      const spec = pages[(round + k) % pages.length];
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'sv-SE' });
      const page = await context.newPage();
      await page.addInitScript(PROBE(spec.colouredSelector ?? '', spec.readySelector));
      await page.goto(spec.url);
      const result = results.get(spec.name)!;
      result.ready.push(await firstEntry(page, 'bench:ready'));
      const fcp = await firstEntry(page, 'first-contentful-paint');
      // Nothing is seen before the first contentful paint, whatever a mark says.
      result.coloured.push(Math.max(fcp, await firstEntry(page, 'bench:coloured-map')));
      result.fcp.push(fcp);
      // The first moves compile shaders and fill caches; a user pays that once.
      await drag(page, spec.slider, warmUpMoves);
      await page.evaluate(() => {
        performance.clearMeasures('bench:step');
        (window as unknown as { __benchInputs: number }).__benchInputs = 0;
      });
      await drag(page, spec.slider, moves);
      result.steps.push(...(await page.evaluate(() => performance.getEntriesByName('bench:step').map((e) => e.duration))));
      await context.close();
    }
  }
  return results;
}

export const quantile = (xs: readonly number[], q: number) => {
  const sorted = xs.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

/** The table of issue 13, with each page's ratio to Kraftsamla's goals. */
export function printComparison(results: Map<string, PageResult>, subject: string, floor: string, leaflets: string[], before?: string) {
  const ms = (x: number) => `${Math.round(x).toLocaleString('sv-SE')} ms`;
  console.log('| sida | steg median | p95 | FCP | färglagd karta | klar (tabell + karta) |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [name, r] of results) {
    console.log(`| ${name} | ${ms(quantile(r.steps, 0.5))} | ${ms(quantile(r.steps, 0.95))} | ${ms(quantile(r.fcp, 0.5))} | ${ms(quantile(r.coloured, 0.5))} | ${ms(quantile(r.ready, 0.5))} |`);
  }
  const of = (name: string, key: keyof PageResult, q = 0.5) => quantile(results.get(name)![key], q);
  const fasterLeaflet = leaflets.reduce((a, b) => (of(a, 'steps') <= of(b, 'steps') ? a : b));
  const drawnLeaflet = leaflets.reduce((a, b) => (of(a, 'coloured') <= of(b, 'coloured') ? a : b));
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log(`steg: ${subject} / ${fasterLeaflet} = ${ratio(of(subject, 'steps'), of(fasterLeaflet, 'steps'))} (mål ≤ 0,5); p95 ${ratio(of(subject, 'steps', 0.95), of(fasterLeaflet, 'steps', 0.95))}`);
  console.log(`steg: ${subject} / golvet = ${ratio(of(subject, 'steps'), of(floor, 'steps'))} (mål ≤ 2); p95 ${ratio(of(subject, 'steps', 0.95), of(floor, 'steps', 0.95))}`);
  console.log(`färglagd karta: ${subject} / ${drawnLeaflet} = ${ratio(of(subject, 'coloured'), of(drawnLeaflet, 'coloured'))} (mål ≤ 0,5)`);
  if (before) console.log(`efter / före: steg ${ratio(of(subject, 'steps'), of(before, 'steps'))}, p95 ${ratio(of(subject, 'steps', 0.95), of(before, 'steps', 0.95))}, färglagd karta ${ratio(of(subject, 'coloured'), of(before, 'coloured'))}, klar ${ratio(of(subject, 'ready'), of(before, 'ready'))}`);
  for (const l of leaflets) console.log(`  (mot ${l}: steg ${ratio(of(subject, 'steps'), of(l, 'steps'))}, karta ${ratio(of(subject, 'coloured'), of(l, 'coloured'))}, klar ${ratio(of(subject, 'ready'), of(l, 'ready'))})`);
}
