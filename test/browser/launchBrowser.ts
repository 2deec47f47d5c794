import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium with software WebGL (SwiftShader): MapLibre and deck.gl
 * render for real, and nothing phones home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** A page that records console errors and every request's URL. */
export async function openApp(browser: Browser, url: string, viewport = { width: 1920, height: 1080 }) {
  const page = await browser.newPage({ viewport, locale: 'sv-SE' });
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await waitForMap(page);
  return { page, consoleErrors, requests };
}

/** The map is ready when the app has data and MapLibre (with deck.gl inside) has loaded. */
export async function waitForMap(page: Page) {
  await page.waitForSelector('.map canvas');
  await page.waitForFunction(() => {
    const map = (window as unknown as { kraftsamlaMap?: { loaded(): boolean } }).kraftsamlaMap;
    return map?.loaded() && document.querySelectorAll('.map canvas').length >= 1;
  });
  // Two frames so deck.gl's first draw after load has landed.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** One browser per test file: launched before its tests, closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browser not launched yet');
    return browser;
  };
}
