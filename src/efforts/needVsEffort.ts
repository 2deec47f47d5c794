import type { AreaScore } from '../index/types.ts';
import { median } from '../index/median.ts';

export interface NeedEffortPoint {
  code: string;
  index: number;
  rank: number;
  /** Efforts per 1,000 children 0–16. */
  effort: number;
  /** Among the highest-need share of ranked areas. */
  highNeed: boolean;
  /** At or below the median effort of the ranked areas. */
  lowEffort: boolean;
}

export interface NeedEffortResult {
  points: NeedEffortPoint[];
  /** Index at or above which an area counts as high need. */
  needThreshold: number | null;
  /** Effort per 1,000 children at or below which effort counts as low. */
  effortThreshold: number | null;
}

/**
 * Puts need and effort side by side: an area is flagged when its index is in
 * the top `highNeedShare` of ranked areas (default the top fifth, the darkest
 * map class under quintiles) and its efforts per 1,000 children are at or
 * below the median. Areas without an index or without children are left out.
 */
export function needVsEffort(
  scores: readonly AreaScore[],
  effortPerThousand: ReadonlyMap<string, number | null>,
  highNeedShare = 0.2,
): NeedEffortResult {
  const ranked = scores
    .filter((s): s is AreaScore & { index: number; rank: number } => s.index !== null && s.rank !== null)
    .map((s) => ({ ...s, effort: effortPerThousand.get(s.code) ?? null }))
    .filter((s): s is typeof s & { effort: number } => s.effort !== null);
  if (ranked.length === 0) return { points: [], needThreshold: null, effortThreshold: null };
  const byNeed = ranked.map((s) => s.index).sort((a, b) => b - a);
  const needThreshold = byNeed[Math.max(0, Math.ceil(ranked.length * highNeedShare) - 1)];
  const effortThreshold = median(ranked.map((s) => s.effort));
  return {
    needThreshold,
    effortThreshold,
    points: ranked.map((s) => ({
      code: s.code,
      index: s.index,
      rank: s.rank,
      effort: s.effort,
      highNeed: s.index >= needThreshold,
      lowEffort: effortThreshold !== null && s.effort <= effortThreshold,
    })),
  };
}
