import { columnNormalisers, type ColumnNormaliser } from '../normalise.ts';
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
  const percentile = Array.from({ length: k }, () => percentileFromLastOrder());
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

/** Percentile rank (mid-rank for ties), identical to percentileRankColumn,
 * from the order it found last time. Which values are missing must not
 * change between calls – true here, noise never creates or hides a value. */
export function percentileFromLastOrder(): ColumnNormaliser {
  let order: Uint32Array | null = null;
  return (values, out) => {
    if (order === null) order = Uint32Array.from(values.keys()).filter((i) => !Number.isNaN(values[i]));
    const n = order.length;
    for (let a = 1; a < n; a++) {
      const item = order[a];
      const v = values[item];
      let b = a - 1;
      while (b >= 0 && values[order[b]] > v) {
        order[b + 1] = order[b];
        b--;
      }
      order[b + 1] = item;
    }
    out.fill(NaN);
    // A run of equal values [start, end): below = start, equal = end − start.
    for (let start = 0; start < n; ) {
      let end = start + 1;
      while (end < n && values[order[end]] === values[order[start]]) end++;
      const p = n === 1 ? 50 : ((start + (end - start - 1) / 2) / (n - 1)) * 100;
      for (let c = start; c < end; c++) out[order[c]] = p;
      start = end;
    }
  };
}
