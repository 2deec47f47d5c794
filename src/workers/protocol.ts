/**
 * Messages between the UI and the uncertainty workers. Plain data only: the
 * model is typed arrays and numbers, copied by structured clone.
 */
import type { UncertaintyModel } from '../index/uncertainty/model.ts';
import type { WhatItTakes } from '../index/uncertainty/whatItTakes.ts';
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

export interface WhatItTakesRequest {
  kind: 'what-it-takes';
  id: number;
  model: UncertaintyModel;
  /** Area code; must be one of the model's ranked areas. */
  code: string;
  topN: number;
}

export interface WhatItTakesResponse {
  kind: 'what-it-takes';
  id: number;
  code: string;
  result: WhatItTakes | null;
  elapsedMs: number;
}

/** Which areas some weighting puts first; independent of the weights. */
export interface FirstPlacesRequest {
  kind: 'first-places';
  id: number;
  model: UncertaintyModel;
}

export interface FirstPlacesResponse {
  kind: 'first-places';
  id: number;
  /** Codes that can be (shared) first; null when too many variables to know. */
  codes: string[] | null;
  elapsedMs: number;
}
