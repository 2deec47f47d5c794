import type { Normalisation } from './types.ts';

/**
 * Normalisations put variables on a common scale. Each takes the raw values of
 * one variable across all areas (null = missing) and returns values in the same
 * order; missing stays missing and takes no part in the statistics.
 */
type Normaliser = (values: readonly (number | null)[]) => (number | null)[];

function present(values: readonly (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null && Number.isFinite(v));
}

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Population standard deviation (divides by n): the areas are the whole
 * population of Malmö's delområden, not a sample of them. */
export function populationSd(values: readonly number[]): number {
  const m = mean(values);
  let sum = 0;
  for (const v of values) sum += (v - m) ** 2;
  return Math.sqrt(sum / values.length);
}

/** z = (x − mean) / SD. A variable without spread carries no information
 * about differences between areas, so every area gets 0. */
export const zScore: Normaliser = (values) => {
  const xs = present(values);
  if (xs.length === 0) return values.map(() => null);
  const m = mean(xs);
  const sd = populationSd(xs);
  return values.map((v) => (v === null ? null : sd === 0 ? 0 : (v - m) / sd));
};

/** Rescaled to 0–100 between the lowest and highest area; without spread, 50. */
export const minMax: Normaliser = (values) => {
  const xs = present(values);
  if (xs.length === 0) return values.map(() => null);
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of xs) {
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
  }
  return values.map((v) => (v === null ? null : hi === lo ? 50 : ((v - lo) / (hi - lo)) * 100));
};

/** Percentile rank 0–100: the share of the other areas with a lower value,
 * counting ties as half (mid-rank), so equal values get equal percentiles and
 * the scale runs from 0 (lowest) to 100 (highest). A single area gets 50. */
export const percentileRank: Normaliser = (values) => {
  const xs = present(values).sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) return values.map(() => null);
  return values.map((v) => {
    if (v === null) return null;
    if (n === 1) return 50;
    const below = lowerBound(xs, v);
    const equal = lowerBound(xs, v, true) - below;
    return ((below + (equal - 1) / 2) / (n - 1)) * 100;
  });
};

/** First index whose value is ≥ v (or > v when `strict`), by binary search. */
function lowerBound(sorted: readonly number[], v: number, strict = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? sorted[mid] <= v : sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const normalisers: Record<Normalisation, Normaliser> = {
  zscore: zScore,
  minmax: minMax,
  percentile: percentileRank,
};
