/// <reference lib="webworker" />
/**
 * "What it would take" for one area, and which areas any weighting can put
 * first, off the main thread: enumerating the weightings' vertices takes tens
 * of milliseconds per area, too long for a slider. Only the latest request of
 * each kind is answered; older ones still queued are skipped.
 */
import { createRankedNormaliser } from '../index/uncertainty/rankedNormaliser.ts';
import { canBeFirst, whatItTakes } from '../index/uncertainty/whatItTakes.ts';
import type { FirstPlacesRequest, FirstPlacesResponse, WhatItTakesRequest, WhatItTakesResponse } from './protocol.ts';

const pending: { 'what-it-takes': WhatItTakesRequest | null; 'first-places': FirstPlacesRequest | null } = { 'what-it-takes': null, 'first-places': null };
/** The first-place question runs one area per turn, so a click on an area
 * never waits behind it for seconds. */
let firstPlaces: { request: FirstPlacesRequest; z: Float64Array; answers: (boolean | null)[]; start: number } | null = null;
let scheduled = false;

self.onmessage = (event: MessageEvent<WhatItTakesRequest | FirstPlacesRequest>) => {
  if (event.data.kind === 'what-it-takes') pending['what-it-takes'] = event.data;
  else pending['first-places'] = event.data;
  schedule();
};

// A turn at a time, so newer requests can arrive in between.
function schedule() {
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    turn();
  }, 0);
}

function turn() {
  if (pending['what-it-takes']) {
    const { id, model, code, topN } = pending['what-it-takes'];
    pending['what-it-takes'] = null;
    const start = performance.now();
    const target = Array.from(model.ranked).findIndex((i) => model.codes[i] === code);
    const z = createRankedNormaliser(model)(model.normalisation);
    const result = target < 0 ? null : whatItTakes({ z, variables: model.keys.length, target, shares: model.shares, topN });
    const message: WhatItTakesResponse = { kind: 'what-it-takes', id, code, result, elapsedMs: performance.now() - start };
    self.postMessage(message);
  } else if (pending['first-places']) {
    const request = pending['first-places'];
    pending['first-places'] = null;
    if (request.model.ranked.length === 0) {
      const none: FirstPlacesResponse = { kind: 'first-places', id: request.id, codes: [], elapsedMs: 0 };
      self.postMessage(none);
    } else firstPlaces = { request, z: createRankedNormaliser(request.model)(request.model.normalisation), answers: [], start: performance.now() };
  } else if (firstPlaces) {
    const { request, z, answers, start } = firstPlaces;
    const { model } = request;
    answers.push(canBeFirst(z, model.keys.length, answers.length));
    if (answers.length === model.ranked.length) {
      const codes = answers.includes(null) ? null : Array.from(model.ranked).filter((_, r) => answers[r]).map((i) => model.codes[i]);
      const message: FirstPlacesResponse = { kind: 'first-places', id: request.id, codes, elapsedMs: performance.now() - start };
      self.postMessage(message);
      firstPlaces = null;
    }
  }
  if (pending['what-it-takes'] || pending['first-places'] || firstPlaces) schedule();
}
