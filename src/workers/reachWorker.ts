/// <reference lib="webworker" />
/**
 * "What it would take" for one area, off the main thread: enumerating the
 * weightings' vertices takes tens of milliseconds, too long for a slider.
 * Only the latest request is answered; older ones still queued are skipped.
 */
import { createRankedNormaliser } from '../index/uncertainty/rankedNormaliser.ts';
import { reach } from '../index/uncertainty/reach.ts';
import type { ReachRequest, ReachResponse } from './protocol.ts';

let pending: ReachRequest | null = null;

self.onmessage = (event: MessageEvent<ReachRequest>) => {
  pending = event.data;
  // Let any newer requests arrive before doing the work.
  setTimeout(answer, 0);
};

function answer() {
  if (pending === null) return;
  const { id, model, code, topN } = pending;
  pending = null;
  const start = performance.now();
  const target = Array.from(model.ranked).findIndex((i) => model.codes[i] === code);
  const result =
    target < 0 ? null : reach({ z: createRankedNormaliser(model)(model.normalisation), variables: model.keys.length, target, shares: model.shares, topN });
  const message: ReachResponse = { id, code, result, elapsedMs: performance.now() - start };
  self.postMessage(message);
}
