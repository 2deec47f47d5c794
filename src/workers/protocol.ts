/**
 * Messages between the UI and its workers. Plain data only: the uncertainty
 * model is typed arrays and numbers, a file is its bytes; copied by structured
 * clone or transferred.
 */
import type { UserFileResult } from '../data/loadUserFile.ts';
import type { VariableDefinition } from '../index/types.ts';
import type { UncertaintyModel } from '../index/uncertainty/model.ts';
import type { WhatItTakes } from '../index/uncertainty/whatItTakes.ts';
import type { SimulationOptions, SimulationSummary } from '../index/uncertainty/simulate.ts';

export interface SimulateRequest {
  id: number;
  model: UncertaintyModel;
  options: SimulationOptions;
}

/** Stops the run going on (its inputs have changed); nothing is replied. */
export interface CancelRequest {
  id: number;
  cancel: true;
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

/** A user's file to read off the main thread. The bytes are transferred, not copied. */
export interface ParseFileRequest {
  fileName: string;
  bytes: ArrayBuffer;
  /** The delområden, for codes, names and the join of points and polygons. */
  delomraden: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { code: string; name: string }>[];
  defaultVariables: readonly VariableDefinition[];
  populationColumns: { total: string; children: string };
}

export type ParseFileResponse =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; loaded: UserFileResult; elapsedMs: number }
  | { kind: 'failed' };
