import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

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

const LAUNCH = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch(LAUNCH);
}

/** The one browser the test files share (started in serveApp.ts). */
export function launchBrowserServer() {
  return chromium.launchServer(LAUNCH);
}

/** A page that records console errors and every request's URL. */
export async function openApp(browser: Browser, url: string, viewport = { width: 1920, height: 1080 }, init?: () => void) {
  const page = await browser.newPage({ viewport, locale: 'sv-SE' });
  if (init) await page.addInitScript(init);
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

/** The map is ready when it says so: `data-state="ready"` once MapLibre has
 * loaded and the frame with the current layers and position is drawn. */
export async function waitForMap(page: Page) {
  await page.waitForSelector('.map[data-state="ready"]', { timeout: 60_000 });
}

/** The robustness analysis has finished its current run. */
export async function waitForRobustness(page: Page) {
  await page.waitForSelector('[data-testid="robustness"][data-state="final"]', { timeout: 60_000 });
}

/** The shared browser, connected to before a file's tests; disconnecting
 * after them closes the pages the file opened. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browser not launched yet');
    return browser;
  };
}

/**
 * One page for a run of tests that need no isolation from each other: opened
 * once before them, closed after. Tests in the block run in order on it, so
 * each leaves the page as the next expects (the block says how).
 */
export function useAppPage(browser: () => Browser, url: () => string, viewport = { width: 1920, height: 1080 }, init?: () => void) {
  let app: Awaited<ReturnType<typeof openApp>> | undefined;
  beforeAll(async () => {
    app = await openApp(browser(), url(), viewport, init);
  });
  afterAll(async () => {
    await app?.page.close();
  });
  return () => {
    if (!app) throw new Error('page not open yet');
    return app;
  };
}

/** A download's content as text. Read as a stream: the browser is shared
 * over a connection, where a download has no local path. */
export async function downloadedText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
