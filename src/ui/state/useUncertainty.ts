import { useEffect, useMemo, useRef, useState } from 'react';
import { prepareModel, type ModelInput, type UncertaintyModel } from '../../index/uncertainty/model.ts';
import type { AreaUncertainty, SimulationSummary } from '../../index/uncertainty/simulate.ts';
import type { FirstPlacesRequest, FirstPlacesResponse, ReachRequest, ReachResponse, SimulateRequest, SimulateResponse } from '../../workers/protocol.ts';
import type { UncertaintySettings } from './appState.ts';

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
  const [response, setResponse] = useState<SimulateResponse | null>(null);
  // The request is made during render, so the very render in which the
  // inputs change already knows the result on screen is stale.
  const nextId = useRef(0);
  const request: SimulateRequest = useMemo(
    () => ({ id: ++nextId.current, model, options: { ...settings, topN } }),
    [model, settings, topN],
  );
  const finishedId = useRef(0);
  // The id last sent: a render React throws away may have taken ids too.
  const postedId = useRef(0);

  useEffect(() => {
    if (!worker) return;
    worker.onmessage = (event: MessageEvent<SimulateResponse>) => {
      if (event.data.id !== postedId.current) return;
      if (event.data.final) {
        finishedId.current = event.data.id;
        performance.mark(RUN_DONE_MARK, { detail: { id: event.data.id, elapsedMs: event.data.elapsedMs } });
      }
      setResponse(event.data);
    };
  }, [worker]);

  useEffect(() => {
    if (!worker) return;
    const previous = postedId.current;
    if (previous > 0 && finishedId.current < previous) performance.mark(RUN_CANCELLED_MARK, { detail: { id: previous } });
    postedId.current = request.id;
    worker.postMessage(request);
  }, [worker, request]);

  const summary = response?.summary ?? null;
  const byCode = useMemo(() => new Map((summary?.areas ?? []).map((a) => [a.code, a])), [summary]);
  const current = response !== null && response.id === request.id;
  return {
    summary,
    byCode,
    running: !current || !response.final,
    stale: !current,
    elapsedMs: current && response.final ? response.elapsedMs : null,
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
export function useReach({ model, structure }: Pick<UncertaintyView, 'model' | 'structure'>, code: string | null, topN: number) {
  const worker = useWorker(() => new Worker(new URL('../../workers/reachWorker.ts', import.meta.url), { type: 'module' }));
  const [response, setResponse] = useState<ReachResponse | null>(null);
  const [firstPlaces, setFirstPlaces] = useState<FirstPlacesResponse | null>(null);
  const nextId = useRef(0);
  const request: ReachRequest | null = useMemo(() => (code === null ? null : { kind: 'reach', id: ++nextId.current, model, code, topN }), [model, code, topN]);
  const firstRequest: FirstPlacesRequest = useMemo(() => ({ kind: 'first-places', id: ++nextId.current, model: structure }), [structure]);
  const posted = useRef({ reach: 0, first: 0 });
  useEffect(() => {
    if (!worker) return;
    worker.onmessage = (event: MessageEvent<ReachResponse | FirstPlacesResponse>) => {
      const data = event.data;
      if (data.kind === 'reach' && data.id === posted.current.reach) setResponse(data);
      if (data.kind === 'first-places' && data.id === posted.current.first) setFirstPlaces(data);
    };
  }, [worker]);
  useEffect(() => {
    if (!worker || !request) return;
    posted.current.reach = request.id;
    worker.postMessage(request);
  }, [worker, request]);
  useEffect(() => {
    if (!worker) return;
    posted.current.first = firstRequest.id;
    worker.postMessage(firstRequest);
  }, [worker, firstRequest]);
  const current = response !== null && request !== null && response.id === request.id;
  return {
    result: current ? response.result : null,
    pending: code !== null && !current,
    /** Undefined while computing; null when there are too many variables to know. */
    firstPlaces: firstPlaces !== null && firstPlaces.id === firstRequest.id ? firstPlaces.codes : undefined,
  };
}
