import { columnNormalisers } from '../normalise.ts';
import type { Normalisation } from '../types.ts';
import type { UncertaintyModel } from './model.ts';

/**
 * The model's values normalised over all areas with a value (as computeIndex
 * does), direction applied, kept for the ranked areas only: a row-major
 * ranked-areas × variables matrix. `raw` replaces the model's raw values,
 * e.g. with a sample redrawn with sampling noise; `into` is reused when given.
 */
export function normaliseRanked(
  model: UncertaintyModel,
  method: Normalisation,
  raw: Float64Array = model.raw,
  into = new Float64Array(model.ranked.length * model.keys.length),
): Float64Array {
  const k = model.keys.length;
  const n = model.codes.length;
  const column = new Float64Array(n);
  const normalised = new Float64Array(n);
  for (let j = 0; j < k; j++) {
    const sign = model.signs[j];
    for (let i = 0; i < n; i++) column[i] = sign * raw[i * k + j];
    columnNormalisers[method](column, normalised);
    for (let r = 0; r < model.ranked.length; r++) into[r * k + j] = normalised[model.ranked[r]];
  }
  return into;
}
