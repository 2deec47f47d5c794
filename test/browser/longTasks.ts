import type { Page } from 'playwright-core';

/** The longest main-thread task (ms) while `work` runs, from the browser's
 * Long Tasks API (tasks over 50 ms; 0 when there was none). */
export async function longestTask(page: Page, work: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __observer?: PerformanceObserver };
    w.__longest = 0;
    w.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
    });
    w.__observer.observe({ type: 'longtask' });
  });
  await work();
  return page.evaluate(() => {
    const w = window as unknown as { __longest: number; __observer: PerformanceObserver };
    for (const entry of w.__observer.takeRecords()) w.__longest = Math.max(w.__longest, entry.duration);
    w.__observer.disconnect();
    return w.__longest;
  });
}
