import type { VariableSetting } from './types.ts';

/** Slider weights are 0–100; negative or non-finite input counts as 0. */
export function clampWeight(weight: number): number {
  if (!Number.isFinite(weight) || weight < 0) return 0;
  return Math.min(100, weight);
}

/**
 * Each variable's share of the total weight (0–1). Only the proportions matter:
 * 25/25/25/25 and 50/50/50/50 give the same index. All zero → every share 0,
 * which the caller reports as "no index".
 */
export function effectiveWeights(settings: readonly VariableSetting[]): Record<string, number> {
  const total = settings.reduce((sum, s) => sum + clampWeight(s.weight), 0);
  const shares: Record<string, number> = {};
  for (const s of settings) shares[s.key] = total > 0 ? clampWeight(s.weight) / total : 0;
  return shares;
}
