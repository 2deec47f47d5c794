import { useEffect, useMemo, useRef, useState } from 'react';
import { prepareModel, type ModelInput, type UncertaintyModel } from '../../index/uncertainty/model.ts';
import type { ReachResult } from '../../index/uncertainty/reach.ts';
import type { AreaUncertainty, SimulationSummary } from '../../index/uncertainty/simulate.ts';
import type { ReachRequest, ReachResponse, SimulateRequest, SimulateResponse } from '../../workers/protocol.ts';
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
}

/** Performance marks, read by the browser tests and the benchmark. */
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
  const worker = useWorker(() => new Worker(new URL('../../workers/simulationWorker.ts', import.meta.url), { type: 'module' }));
  const [response, setResponse] = useState<SimulateResponse | null>(null);
  const latest = useRef({ id: 0, finished: true });
  // The id in state too, so a new request re-renders as "running" at once.
  const [requested, setRequested] = useState(0);

  useEffect(() => {
    if (!worker) return;
    worker.onmessage = (event: MessageEvent<SimulateResponse>) => {
      if (event.data.id !== latest.current.id) return;
      if (event.data.final) {
        latest.current.finished = true;
        performance.mark(RUN_DONE_MARK, { detail: { id: event.data.id, elapsedMs: event.data.elapsedMs } });
      }
      setResponse(event.data);
    };
  }, [worker]);

  useEffect(() => {
    if (!worker) return;
    if (!latest.current.finished) performance.mark(RUN_CANCELLED_MARK, { detail: { id: latest.current.id } });
    const id = latest.current.id + 1;
    latest.current = { id, finished: false };
    setRequested(id);
    const request: SimulateRequest = { id, model, options: { ...settings, topN } };
    worker.postMessage(request);
  }, [worker, model, settings, topN]);

  const summary = response?.summary ?? null;
  const byCode = useMemo(() => new Map((summary?.areas ?? []).map((a) => [a.code, a])), [summary]);
  const current = response !== null && response.id === requested;
  return {
    summary,
    byCode,
    running: !current || !response.final,
    stale: !current,
    elapsedMs: current && response.final ? response.elapsedMs : null,
    model,
  };
}

/** "What it would take" for the selected area, computed in its own worker. */
export function useReach(model: UncertaintyModel, code: string | null, topN: number): { result: ReachResult | null; pending: boolean } {
  const worker = useWorker(() => new Worker(new URL('../../workers/reachWorker.ts', import.meta.url), { type: 'module' }));
  const [response, setResponse] = useState<ReachResponse | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    if (!worker) return;
    worker.onmessage = (event: MessageEvent<ReachResponse>) => {
      if (event.data.id === latest.current) setResponse(event.data);
    };
  }, [worker]);
  useEffect(() => {
    if (!worker || code === null) return;
    latest.current += 1;
    const request: ReachRequest = { id: latest.current, model, code, topN };
    worker.postMessage(request);
  }, [worker, model, code, topN]);
  const current = response !== null && response.id === latest.current && response.code === code;
  return { result: current ? response.result : null, pending: code !== null && !current };
}
