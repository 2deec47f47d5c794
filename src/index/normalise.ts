import { settleOrder } from './settleOrder.ts';
import type { Normalisation } from './types.ts';

/**
 * Normalisations put variables on a common scale. Each works on one variable
 * across all areas. The column form (Float64Array, NaN = missing) is what the
 * Monte Carlo calls ten thousand times per run; the list form (null =
 * missing) wraps it for everything else, so both give identical numbers.
 * Missing stays missing and takes no part in the statistics.
 */
export type ColumnNormaliser = (values: Float64Array, out: Float64Array) => void;
type Normaliser = (values: readonly (number | null)[]) => (number | null)[];

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** Population standard deviation (divides by n): the areas are the whole
 * population of Malmö's delområden, not a sample of them. */
export function populationSd(values: ArrayLike<number>): number {
  const m = mean(values);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i] - m) ** 2;
  return Math.sqrt(sum / values.length);
}

/** z = (x − mean) / SD. A variable without spread carries no information
 * about differences between areas, so every area gets 0. Computed in place,
 * skipping missing values, in the same order of operations as mean() and
 * populationSd() so both forms agree to the last bit. */
export const zScoreColumn: ColumnNormaliser = (values, out) => {
  let count = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) continue;
    sum += values[i];
    count++;
  }
  const m = sum / count;
  let squares = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) squares += (values[i] - m) ** 2;
  const sd = Math.sqrt(squares / count);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = Number.isNaN(v) ? NaN : sd === 0 ? 0 : (v - m) / sd;
  }
};

/** Rescaled to 0–100 between the lowest and highest area; without spread, 50. */
export const minMaxColumn: ColumnNormaliser = (values, out) => {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = Number.isNaN(v) ? NaN : hi === lo ? 50 : ((v - lo) / (hi - lo)) * 100;
  }
};

/** Percentile rank 0–100: the share of the other areas with a lower value,
 * counting ties as half (mid-rank), so equal values get equal percentiles and
 * the scale runs from 0 (lowest) to 100 (highest). A single area gets 50. */
export const percentileRankColumn: ColumnNormaliser = (values, out) => createPercentileRank()(values, out);

/**
 * The percentile rank as a normaliser that remembers its sorted order: called
 * again on slightly changed values (a Monte Carlo sample redrawn with noise)
 * it starts from that order, so settling it takes near-linear time. Which
 * values are missing must not change between calls.
 */
export function createPercentileRank(): ColumnNormaliser {
  let order: Uint32Array | null = null;
  return (values, out) => {
    if (order === null) {
      const present = [...values.keys()].filter((i) => !Number.isNaN(values[i]));
      order = Uint32Array.from(present.sort((a, b) => values[a] - values[b]));
    } else settleOrder(order, values, false);
    const n = order.length;
    out.fill(NaN);
    // A run of equal values [start, end): `start` values lie below it.
    for (let start = 0; start < n; ) {
      let end = start + 1;
      while (end < n && values[order[end]] === values[order[start]]) end++;
      const p = n === 1 ? 50 : ((start + (end - start - 1) / 2) / (n - 1)) * 100;
      for (let c = start; c < end; c++) out[order[c]] = p;
      start = end;
    }
  };
}

/** Every normalisation offered, in the order menus and links list them. */
export const NORMALISATIONS: readonly Normalisation[] = ['zscore', 'minmax', 'percentile'];

export const columnNormalisers: Record<Normalisation, ColumnNormaliser> = {
  zscore: zScoreColumn,
  minmax: minMaxColumn,
  percentile: percentileRankColumn,
};

function listForm(normalise: ColumnNormaliser): Normaliser {
  return (values) => {
    const column = Float64Array.from(values, (v) => (v === null || !Number.isFinite(v) ? NaN : v));
    const out = new Float64Array(column.length);
    normalise(column, out);
    return Array.from(out, (v) => (Number.isNaN(v) ? null : v));
  };
}

export const zScore = listForm(zScoreColumn);
export const minMax = listForm(minMaxColumn);
export const percentileRank = listForm(percentileRankColumn);

export const normalisers: Record<Normalisation, Normaliser> = {
  zscore: zScore,
  minmax: minMax,
  percentile: percentileRank,
};
