import { columnNormalisers } from '../normalise.ts';
import type { Normalisation } from '../types.ts';
import type { UncertaintyModel } from './model.ts';

/**
 * The model's values normalised over all areas with a value (as computeIndex
 * does), direction applied, kept for the ranked areas only: a row-major
 * ranked-areas × variables matrix. `redraw` may replace each raw value first
 * (sampling noise); it sees the value and its sample size.
 */
export function normaliseRanked(
  model: UncertaintyModel,
  method: Normalisation,
  into = new Float64Array(model.ranked.length * model.keys.length),
  redraw?: (raw: number, sampleSize: number) => number,
): Float64Array {
  const k = model.keys.length;
  const n = model.codes.length;
  const column = new Float64Array(n);
  const normalised = new Float64Array(n);
  for (let j = 0; j < k; j++) {
    const sign = model.signs[j];
    for (let i = 0; i < n; i++) {
      const raw = model.raw[i * k + j];
      const size = model.sampleSize[i * k + j];
      column[i] = Number.isNaN(raw) ? NaN : sign * (redraw && size > 0 ? redraw(raw, size) : raw);
    }
    columnNormalisers[method](column, normalised);
    for (let r = 0; r < model.ranked.length; r++) into[r * k + j] = normalised[model.ranked[r]];
  }
  return into;
}
