/**
 * How many areas a "top N" may hold. A top N is meant to single out a few
 * areas; "top 12" of the 14 GeSO singles out none. So N is at most a third of
 * the areas at the level shown (45 of 136 delområden, 4 of 14 GeSO), and the
 * chosen N is kept, not overwritten, so it applies again at a finer level.
 */
export const TOP_N_SHARE = 1 / 3;

export function maxTopN(areaCount: number): number {
  return Math.max(1, Math.floor(areaCount * TOP_N_SHARE));
}

export interface TopN {
  /** The N used for every figure: the chosen one, or the limit if lower. */
  n: number;
  /** The N the user chose (12 by default). */
  chosen: number;
  max: number;
  /** True when the chosen N was lowered to the limit. */
  limited: boolean;
}

export function limitTopN(chosen: number, areaCount: number): TopN {
  const max = maxTopN(areaCount);
  return { n: Math.min(chosen, max), chosen, max, limited: chosen > max };
}
