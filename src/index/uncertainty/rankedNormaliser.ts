import { columnNormalisers, createPercentileRank } from '../normalise.ts';
import type { Normalisation } from '../types.ts';
import type { UncertaintyModel } from './model.ts';

/**
 * Normalises the model's values for one Monte Carlo sample after another,
 * over all areas with a value (as computeIndex does), direction applied, and
 * keeps the ranked areas: a row-major ranked-areas × variables matrix.
 * `raw` replaces the model's raw values, e.g. a sample redrawn with sampling
 * noise.
 *
 * It owns its buffers, and for percentile ranks a sorted order per variable
 * that the next sample starts from: redrawn values are close to the last
 * ones, so insertion sort settles them in near-linear time where a fresh sort
 * per column and sample dominated the run.
 */
export type RankedNormaliser = (method: Normalisation, raw?: Float64Array, into?: Float64Array) => Float64Array;

export function createRankedNormaliser(model: UncertaintyModel): RankedNormaliser {
  const k = model.keys.length;
  const n = model.codes.length;
  const column = new Float64Array(n);
  const normalised = new Float64Array(n);
  const percentile = Array.from({ length: k }, () => createPercentileRank());
  return (method, raw = model.raw, into = new Float64Array(model.ranked.length * k)) => {
    for (let j = 0; j < k; j++) {
      const sign = model.signs[j];
      for (let i = 0; i < n; i++) column[i] = sign * raw[i * k + j];
      (method === 'percentile' ? percentile[j] : columnNormalisers[method])(column, normalised);
      for (let r = 0; r < model.ranked.length; r++) into[r * k + j] = normalised[model.ranked[r]];
    }
    return into;
  };
}
