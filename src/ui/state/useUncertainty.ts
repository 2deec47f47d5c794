import { useEffect, useMemo, useRef, useState } from 'react';
import { prepareModel, type ModelInput, type UncertaintyModel } from '../../index/uncertainty/model.ts';
import type { AreaUncertainty, SimulationSummary } from '../../index/uncertainty/simulate.ts';
import { useSettled } from './useSettled.ts';
import type { CancelRequest, FirstPlacesRequest, FirstPlacesResponse, WhatItTakesRequest, WhatItTakesResponse, SimulateRequest, SimulateResponse } from '../../workers/protocol.ts';
import type { UncertaintySettings } from './view.ts';

export interface UncertaintyView {
  summary: SimulationSummary | null;
  byCode: ReadonlyMap<string, AreaUncertainty>;
  running: boolean;
  /** The summary shown was computed for earlier inputs (a new run is on). */
  stale: boolean;
  /** Worker time of the finished run. */
  elapsedMs: number | null;
  model: UncertaintyModel;
  /** The same values with every variable in use weighted equally: renewed
   * only when the values, the variables in use, their directions or the
   * normalisation change – not when a weight moves. */
  structure: UncertaintyModel;
}

/** Performance marks: runs finished and runs superseded before finishing
 * (the browser tests read the latter; both show in the browser's profiler). */
export const RUN_DONE_MARK = 'kraftsamla:uncertainty-done';
export const RUN_CANCELLED_MARK = 'kraftsamla:uncertainty-cancelled';
/** A new run starts once the weights have rested this long (a drag has paused). */
const RUN_AFTER_REST_MS = 250;

function useWorker(create: () => Worker): Worker | null {
  const [worker, setWorker] = useState<Worker | null>(null);
  useEffect(() => {
    const w = create();
    setWorker(w);
    return () => w.terminate();
    // Created once per component lifetime.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return worker;
}

/** Deferring a request until its inputs have rested (see useLatestReply). */
interface Rest {
  ms: number;
  /** The message that stops the worker's current run. */
  cancel: (id: number) => object;
  /** Told when a run is stopped this way (its id). */
  onCancel: (id: number) => void;
}

/**
 * Posts requests to a worker and keeps the latest reply to the request last
 * sent. Ids are handed out in the effect that posts, never during render
 * (React may render and throw the render away); the render tells a stale
 * result by comparing the request it answers with the one it asks now.
 *
 * With `rest`, a changed request stops the run going on at once (its late
 * replies are dropped) and is posted only once it has not changed for
 * `rest.ms`: while a slider is dragged, the worker's run would be superseded
 * by the next step anyway, and on two cores it only takes the processor from
 * the drag. The first request is posted at once.
 */
function useLatestReply<Q extends object, R extends { id: number }>(worker: Worker | null, request: Q | null, accept: (reply: R) => boolean = () => true, rest?: Rest) {
  const [reply, setReply] = useState<{ request: Q; data: R } | null>(null);
  const sent = useRef<{ id: number; request: Q | null }>({ id: 0, request: null });
  const acceptRef = useRef(accept);
  const restRef = useRef(rest);
  useEffect(() => {
    acceptRef.current = accept;
    restRef.current = rest;
  });
  useEffect(() => {
    if (!worker) return;
    const onMessage = (event: MessageEvent<R>) => {
      const { id, request: asked } = sent.current;
      if (event.data.id === id && asked !== null && acceptRef.current(event.data)) setReply({ request: asked, data: event.data });
    };
    worker.addEventListener('message', onMessage);
    return () => worker.removeEventListener('message', onMessage);
  }, [worker]);
  useEffect(() => {
    if (!worker || request === null) return;
    const post = () => {
      const id = sent.current.id + 1;
      sent.current = { id, request };
      worker.postMessage({ ...request, id });
    };
    const deferral = restRef.current;
    if (!deferral || sent.current.id === 0) {
      post();
      return;
    }
    if (sent.current.request !== null) {
      const running = sent.current.id;
      sent.current = { id: running + 1, request: null };
      worker.postMessage(deferral.cancel(running + 1));
      deferral.onCancel(running);
    }
    const timer = setTimeout(post, deferral.ms);
    return () => clearTimeout(timer);
  }, [worker, request]);
  return { reply, current: reply !== null && reply.request === request };
}

/**
 * Runs the Monte Carlo in a Web Worker whenever its inputs change. Every
 * change starts a new run; the worker drops the old one. Partial results
 * stream in; until the first arrives, the previous result stays on screen,
 * marked stale.
 */
export function useUncertainty(input: ModelInput, settings: UncertaintySettings, topN: number): UncertaintyView {
  const { areas, variables, settings: weights, normalisation } = input;
  const model = useMemo(() => prepareModel({ areas, variables, settings: weights, normalisation }), [areas, variables, weights, normalisation]);
  const structureKey = weights.map((s) => (s.weight > 0 ? `${s.key}:${s.direction}` : '')).join(',');
  const structure = useMemo(
    () => prepareModel({ areas, variables, settings: weights.map((s) => ({ ...s, weight: s.weight > 0 ? 1 : 0 })), normalisation }),
    // Keyed on the pattern of weights in use, not on their sizes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [areas, variables, normalisation, structureKey],
  );
  const worker = useWorker(() => new Worker(new URL('../../workers/simulationWorker.ts', import.meta.url), { type: 'module' }));
  const request: Omit<SimulateRequest, 'id'> = useMemo(() => ({ model, options: { ...settings, topN } }), [model, settings, topN]);
  // Marks for the browser's profiler and the tests: runs finished, and runs
  // superseded before they finished.
  const finishedId = useRef(0);
  const rest: Rest = {
    ms: RUN_AFTER_REST_MS,
    cancel: (id): CancelRequest => ({ id, cancel: true }),
    onCancel: (id) => {
      if (finishedId.current < id) performance.mark(RUN_CANCELLED_MARK, { detail: { id } });
    },
  };
  const { reply, current } = useLatestReply<Omit<SimulateRequest, 'id'>, SimulateResponse>(worker, request, undefined, rest);
  useEffect(() => {
    if (reply?.data.final && reply.data.id > finishedId.current) {
      finishedId.current = reply.data.id;
      performance.mark(RUN_DONE_MARK, { detail: { id: reply.data.id, elapsedMs: reply.data.elapsedMs } });
    }
  }, [reply]);

  const response = reply?.data ?? null;
  const summary = response?.summary ?? null;
  const byCode = useMemo(() => new Map((summary?.areas ?? []).map((a) => [a.code, a])), [summary]);
  return {
    summary,
    byCode,
    running: !current || !response!.final,
    stale: !current,
    elapsedMs: current && response!.final ? response!.elapsedMs : null,
    model,
    structure,
  };
}

/**
 * "What it would take" for the selected area, and which areas any weighting
 * can put first, computed in their own worker. The first-place list does not
 * depend on the weights, so it is asked of `structure` (see UncertaintyView),
 * which changes only when the values, the variables in use or the
 * normalisation do.
 */
/** How long the values must stay unchanged before the first-place sweep starts. */
const FIRST_PLACES_SETTLE_MS = 2000;

export function useWhatItTakes({ model, structure }: Pick<UncertaintyView, 'model' | 'structure'>, code: string | null, topN: number, showFirstPlaces: boolean) {
  const worker = useWorker(() => new Worker(new URL('../../workers/whatItTakesWorker.ts', import.meta.url), { type: 'module' }));
  const request = useMemo(() => (code === null ? null : { kind: 'what-it-takes' as const, model, code, topN }), [model, code, topN]);
  // Asked once the values have settled: a year step changes them, and a
  // sweep per step of a scrub would slow the map down.
  const settledStructure = useSettled(structure, FIRST_PLACES_SETTLE_MS);
  // And only while the list is on screen (the robustness tab): a sweep over
  // 10,000 areas takes seconds of a processor the map needs.
  const firstRequest = useMemo(() => (showFirstPlaces ? { kind: 'first-places' as const, model: settledStructure } : null), [settledStructure, showFirstPlaces]);
  const takes = useLatestReply<Omit<WhatItTakesRequest, 'id'>, WhatItTakesResponse>(worker, request, (r) => r.kind === 'what-it-takes');
  const first = useLatestReply<Omit<FirstPlacesRequest, 'id'>, FirstPlacesResponse>(worker, firstRequest, (r) => r.kind === 'first-places');
  return {
    result: takes.current ? takes.reply!.data.result : null,
    pending: code !== null && !takes.current,
    /** Undefined while computing (or waiting for the values to settle); null when there are too many variables to know. */
    firstPlaces: first.current && settledStructure === structure ? first.reply!.data.codes : undefined,
  };
}
