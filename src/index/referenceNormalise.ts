import type { Normalisation } from './types.ts';

/**
 * Normalisation against a fixed reference year. Within each year (normalise.ts)
 * an area's value says where it stands among that year's areas, so a city
 * that improves everywhere shows no change. Against a reference year, the
 * reference year's statistics are used for every year, so an index value
 * means the same in 2018 as in 2024:
 *   z-score:    (x − mean_ref) / SD_ref
 *   min–max:    (x − min_ref) / (max_ref − min_ref) × 100 (may leave 0–100)
 *   percentile: the share of reference-year areas below x, ties counted
 *               half, interpolated between reference values and held at
 *               0 and 100 outside their range.
 * For the reference year itself each gives exactly the within-year value.
 */
export type ReferenceNormaliser = (values: readonly (number | null)[]) => (number | null)[];

export function referenceNormaliser(method: Normalisation, reference: readonly (number | null)[]): ReferenceNormaliser {
  const known = reference.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return (values) => values.map(() => null);
  return method === 'zscore' ? zScoreAgainst(known) : method === 'minmax' ? minMaxAgainst(known) : percentileAgainst(known);
}

const each = (f: (x: number) => number): ReferenceNormaliser => (values) => values.map((v) => (v === null || !Number.isFinite(v) ? null : f(v)));

function zScoreAgainst(ref: readonly number[]): ReferenceNormaliser {
  // Same order of operations as zScoreColumn, so the reference year agrees to the bit.
  let sum = 0;
  for (const v of ref) sum += v;
  const m = sum / ref.length;
  let squares = 0;
  for (const v of ref) squares += (v - m) ** 2;
  const sd = Math.sqrt(squares / ref.length);
  return each((x) => (sd === 0 ? 0 : (x - m) / sd));
}

function minMaxAgainst(ref: readonly number[]): ReferenceNormaliser {
  const lo = Math.min(...ref);
  const hi = Math.max(...ref);
  return each((x) => (hi === lo ? 50 : ((x - lo) / (hi - lo)) * 100));
}

function percentileAgainst(ref: readonly number[]): ReferenceNormaliser {
  const sorted = [...ref].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 1) return each(() => 50);
  // Mid-rank position of each distinct reference value, as percentileRankColumn gives it.
  const distinct: number[] = [];
  const position: number[] = [];
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && sorted[end] === sorted[start]) end++;
    distinct.push(sorted[start]);
    position.push(start + (end - start - 1) / 2);
    start = end;
  }
  const last = distinct.length - 1;
  return each((x) => {
    if (x < distinct[0]) return 0;
    if (x > distinct[last]) return 100;
    if (x === distinct[last]) return (position[last] / (n - 1)) * 100;
    let lo = 0;
    let hi = last;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid] <= x) lo = mid;
      else hi = mid;
    }
    const t = (x - distinct[lo]) / (distinct[hi] - distinct[lo]);
    return ((position[lo] + t * (position[hi] - position[lo])) / (n - 1)) * 100;
  });
}
