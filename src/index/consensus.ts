import { computeIndex } from './compositeIndex.ts';
import { median } from './median.ts';
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

/** Per-variable median of the weights, over the participants. */
export function medianWeights(weightings: readonly Weighting[], keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, median(weightings.map((w) => own(w.weights, k) ?? 0)) ?? 0]));
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
