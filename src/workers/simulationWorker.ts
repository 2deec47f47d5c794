/// <reference lib="webworker" />
/**
 * Runs the Monte Carlo off the main thread. A new request supersedes the one
 * running: the loop yields between slices of work, sees the newer id and
 * stops, so a slider dragged across its range never queues up stale runs.
 * A cancel request stops it the same way, with nothing new to start.
 * Partial results go out every ~50 ms so the map can fill in as it goes.
 */
import { createSimulation } from '../index/uncertainty/simulate.ts';
import type { CancelRequest, SimulateRequest, SimulateResponse } from './protocol.ts';

const SLICE_SAMPLES = 250;
const REPORT_EVERY_MS = 50;

let latest = -1;

// A MessageChannel round trip yields to the event loop without the 4 ms
// clamp nested setTimeout calls get.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldToEvents = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

self.onmessage = async (event: MessageEvent<SimulateRequest | CancelRequest>) => {
  latest = event.data.id;
  if ('cancel' in event.data) return;
  const { id, model, options } = event.data;
  const start = performance.now();
  const simulation = createSimulation(model, options);
  const post = (final: boolean) => {
    const message: SimulateResponse = { id, summary: simulation.summary(), final, elapsedMs: performance.now() - start };
    self.postMessage(message);
  };
  let lastReport = start;
  while (simulation.done < simulation.total) {
    simulation.run(SLICE_SAMPLES);
    if (performance.now() - lastReport >= REPORT_EVERY_MS && simulation.done < simulation.total) {
      await yieldToEvents();
      if (latest !== id) return;
      post(false);
      lastReport = performance.now();
    }
  }
  post(true);
};
