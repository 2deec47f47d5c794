import { computeIndex } from './compositeIndex.ts';
import { median } from './median.ts';
import { effectiveWeights } from './weights.ts';
import type { AreaValues, IndexOptions, VariableSetting } from './types.ts';
import { own } from './records.ts';

/**
 * Comparing stakeholders' weightings: each participant (person or
 * department) states weights; the consensus is the per-variable median, and
 * the areas that every weighting puts in the top N are the ones the choice
 * does not hinge on.
 */
export interface Weighting {
  name: string;
  /** Variable key → weight 0–100. */
  weights: Record<string, number>;
}

/** A weighting as each variable's share (0–1), as the participants' table shows it. */
export function sharesOf(weights: Record<string, number>, keys: readonly string[]): Record<string, number> {
  return effectiveWeights(keys.map((key) => ({ key, weight: own(weights, key) ?? 0, direction: 'higher-is-more-need' })));
}

/**
 * Per-variable median of the participants' shares (0–1). The shares, not the
 * raw sliders: 50/50/0/0 and 25/25/0/0 are the same weighting, and the median
 * row must be the median of the numbers shown above it. Participants whose
 * weights are all zero state no weighting and are left out. The medians need
 * not sum to 1; used as weights they are scaled like any slider setting.
 */
export function medianShares(weightings: readonly Weighting[], keys: readonly string[]): Record<string, number> {
  const stated = weightings.filter((w) => keys.some((k) => (own(w.weights, k) ?? 0) > 0)).map((w) => sharesOf(w.weights, keys));
  return Object.fromEntries(keys.map((k) => [k, median(stated.map((s) => s[k] ?? 0)) ?? 0]));
}

/** Codes ranked within the top N under a weighting (ties at N included). */
export function topN(areas: readonly AreaValues[], options: IndexOptions, n: number): Set<string> {
  const { scores } = computeIndex(areas, options);
  return new Set(scores.filter((s) => s.rank !== null && s.rank <= n).map((s) => s.code));
}

/** Areas in the top N under every weighting, in the order of the first. */
export function topNUnderAll(
  areas: readonly AreaValues[],
  weightings: readonly Weighting[],
  base: { normalisation: IndexOptions['normalisation']; settings: readonly VariableSetting[] },
  n: number,
): string[] {
  if (weightings.length === 0) return [];
  const sets = weightings.map((w) =>
    topN(areas, { normalisation: base.normalisation, settings: base.settings.map((s) => ({ ...s, weight: own(w.weights, s.key) ?? 0 })) }, n),
  );
  return [...sets[0]].filter((code) => sets.every((s) => s.has(code)));
}
