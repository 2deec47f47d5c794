/**
 * Messages between the UI and the uncertainty workers. Plain data only: the
 * model is typed arrays and numbers, copied by structured clone.
 */
import type { UncertaintyModel } from '../index/uncertainty/model.ts';
import type { ReachResult } from '../index/uncertainty/reach.ts';
import type { SimulationOptions, SimulationSummary } from '../index/uncertainty/simulate.ts';

export interface SimulateRequest {
  id: number;
  model: UncertaintyModel;
  options: SimulationOptions;
}

/** `final: false` while the run continues (partial results). */
export interface SimulateResponse {
  id: number;
  summary: SimulationSummary;
  final: boolean;
  /** Time in the worker since the request arrived. */
  elapsedMs: number;
}

export interface ReachRequest {
  id: number;
  model: UncertaintyModel;
  /** Area code; must be one of the model's ranked areas. */
  code: string;
  topN: number;
}

export interface ReachResponse {
  id: number;
  code: string;
  result: ReachResult | null;
  elapsedMs: number;
}
