import { childCounts } from '../followup/childCounts.ts';
import type { AreaScore, AreaValues } from '../index/types.ts';
import type { Coverage } from './types.ts';

/**
 * What a selection covers, live as it changes: its children, its share of
 * Malmö's children in low-income households and in households with
 * financial assistance (rate × children, see childCounts), how many of the
 * areas are in the index's top N, and which top-N areas are left out.
 */
export function selectionCoverage(areas: readonly AreaValues[], scores: readonly AreaScore[], chosen: readonly string[], topN: number, householdKeys: readonly string[]): Coverage {
  const set = new Set(chosen);
  const counts = childCounts(areas, set, householdKeys);
  const top = scores.filter((s): s is AreaScore & { rank: number } => s.rank !== null && s.rank <= topN).sort((a, b) => a.rank - b.rank);
  return {
    chosen: set.size,
    children: counts.children,
    shareOfChildren: counts.shareOfChildren,
    inNeed: counts.inNeed,
    topN,
    inTopN: top.filter((s) => set.has(s.code)).length,
    leftOut: top.filter((s) => !set.has(s.code)).map((s) => ({ code: s.code, rank: s.rank })),
  };
}
