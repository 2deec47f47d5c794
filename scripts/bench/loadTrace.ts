/**
 * Where the wait for a ready map goes, from Chromium's own trace of a cold
 * load: how long the page's main thread was busy, how much of that it spent
 * waiting for the GPU process (synchronous WebGL calls such as getString or
 * a program's link status, which wait behind everything queued before
 * them), its longest task, and how busy the GPU process's main thread was,
 * with its longest task (with SwiftShader, a frame's SwapBuffers waits there
 * for the software GPU to finish the frame).
 *
 * Prints nothing itself; bench.ts prints the medians.
 */
import type { Browser } from 'playwright-core';

export interface LoadTrace {
  readyMs: number;
  mainBusyMs: number;
  mainWaitingForGpuMs: number;
  mainLongestTaskMs: number;
  gpuBusyMs: number;
  gpuLongestTaskMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const CATEGORIES = ['devtools.timeline', 'toplevel', 'gpu', 'blink.user_timing'];
/** A top-level task of a thread's scheduler (nested ones are inside it). */
const TOP_LEVEL_TASK = /^(ThreadControllerImpl::RunTask|Scheduler::RunTask)$/;
/** The renderer's wait for a reply from the GPU process. */
const GPU_WAIT = 'CommandBufferProxyImpl::WaitForGetOffset';

/** Total length of the union of intervals (a task inside a task counts once). */
function unionMs(intervals: [number, number][]): number {
  const sorted = intervals.slice().sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total / 1000;
}

export function summariseTrace(events: TraceEvent[], readyMs: number): LoadTrace {
  const threadName = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name) threadName.set(`${e.pid}:${e.tid}`, e.args.name);
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const on = (thread: string) => complete.filter((e) => threadName.get(`${e.pid}:${e.tid}`) === thread);
  const tasks = (list: TraceEvent[]) => list.filter((e) => TOP_LEVEL_TASK.test(e.name)).map((e): [number, number] => [e.ts, e.ts + e.dur!]);
  const longest = (list: [number, number][]) => Math.max(0, ...list.map(([s, e]) => (e - s) / 1000));
  const main = on('CrRendererMain');
  const gpu = on('CrGpuMain');
  return {
    readyMs,
    mainBusyMs: unionMs(tasks(main)),
    mainWaitingForGpuMs: unionMs(main.filter((e) => e.name === GPU_WAIT).map((e): [number, number] => [e.ts, e.ts + e.dur!])),
    mainLongestTaskMs: longest(tasks(main)),
    gpuBusyMs: unionMs(tasks(gpu)),
    gpuLongestTaskMs: longest(tasks(gpu)),
  };
}

/**
 * Traces cold loads of each of `urls` until `readySelector` matches, in
 * `rounds` interleaved rounds (so a busy moment of the machine falls on all
 * alike), after one untraced warm-up load of each (so the browser's own start
 * is not counted). One list of traces per url, in the order given.
 */
export async function traceLoads(browser: Browser, urls: readonly string[], readySelector: string, readyMark: string, rounds: number): Promise<LoadTrace[][]> {
  const open = () => browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'sv-SE' });
  for (const url of urls) {
    const warm = await open();
    await warm.goto(url);
    await warm.waitForSelector(readySelector, { timeout: 120_000 });
    await warm.close();
  }
  const traces: LoadTrace[][] = urls.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, url] of urls.entries()) {
      const page = await open();
      await browser.startTracing(page, { categories: CATEGORIES });
      await page.goto(url);
      await page.waitForSelector(readySelector, { timeout: 120_000 });
      const readyMs = await page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN, readyMark);
      const buffer = await browser.stopTracing();
      await page.close();
      const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
      traces[i].push(summariseTrace(Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []), readyMs));
    }
  }
  return traces;
}
