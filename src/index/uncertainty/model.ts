import { populationOf } from '../populationBase.ts';
import { effectiveWeights } from '../weights.ts';
import type { AreaValues, Normalisation, VariableDefinition, VariableSetting } from '../types.ts';

/**
 * The index reduced to flat arrays for the Monte Carlo: only the variables in
 * use (weight > 0), values as a row-major area × variable matrix with NaN for
 * missing. Plain data, so it can be posted to a Web Worker as it is.
 */
export interface UncertaintyModel {
  /** Variables in use, in settings order. */
  keys: string[];
  /** Their current weight shares (sum 1). */
  shares: number[];
  /** −1 where lower raw values mean more need (see direction.ts). */
  signs: number[];
  /** Every area, ranked or not: normalisation runs over all areas with a
   * value, exactly as in computeIndex. */
  codes: string[];
  /** codes.length × keys.length raw values, NaN = missing. */
  raw: Float64Array;
  /** Effective sample size behind each rate, for sampling noise; 0 = the
   * value is not a rate or its population is unknown (no noise added). */
  sampleSize: Float64Array;
  /** Indices of the areas with every variable in use: the ones ranked. */
  ranked: Int32Array;
  normalisation: Normalisation;
}

export interface ModelInput {
  areas: readonly AreaValues[];
  variables: readonly VariableDefinition[];
  settings: readonly VariableSetting[];
  normalisation: Normalisation;
}

/** A percentage is a rate whose sampling error can be estimated. */
export function isRate(variable: VariableDefinition | undefined): boolean {
  return variable?.unit.trim() === '%';
}

/** How many people a rate is measured on in an area (0 = unknown). */
export function sampleSizeOf(area: AreaValues, variable: VariableDefinition): number {
  const base = populationOf(area, variable.populationBase);
  if (base === null || !(base > 0)) return 0;
  return base * (variable.sampleShare ?? 1);
}

export function prepareModel({ areas, variables, settings, normalisation }: ModelInput): UncertaintyModel {
  const shares = effectiveWeights(settings);
  const inUse = settings.filter((s) => shares[s.key] > 0);
  const byKey = new Map(variables.map((v) => [v.key, v]));
  const k = inUse.length;
  const raw = new Float64Array(areas.length * k);
  const sampleSize = new Float64Array(areas.length * k);
  const ranked: number[] = [];
  areas.forEach((area, i) => {
    let complete = k > 0;
    inUse.forEach((s, j) => {
      const v = area.values[s.key];
      const ok = v !== null && v !== undefined && Number.isFinite(v);
      raw[i * k + j] = ok ? v : NaN;
      if (!ok) complete = false;
      const variable = byKey.get(s.key);
      sampleSize[i * k + j] = variable && isRate(variable) ? sampleSizeOf(area, variable) : 0;
    });
    if (complete) ranked.push(i);
  });
  return {
    keys: inUse.map((s) => s.key),
    shares: inUse.map((s) => shares[s.key]),
    signs: inUse.map((s) => (s.direction === 'lower-is-more-need' ? -1 : 1)),
    codes: areas.map((a) => a.code),
    raw,
    sampleSize,
    ranked: Int32Array.from(ranked),
    normalisation,
  };
}
