import type { AreaScore } from './types.ts';

export interface RankChange {
  code: string;
  rankA: number | null;
  rankB: number | null;
  /** rankA − rankB: positive = higher priority (a smaller rank) under B. */
  change: number | null;
  inTopA: boolean;
  inTopB: boolean;
}

/** How each area's rank moves from weighting A to weighting B. */
export function rankChanges(a: readonly AreaScore[], b: readonly AreaScore[], topN: number): RankChange[] {
  const rankB = new Map(b.map((s) => [s.code, s.rank]));
  return a.map((s) => {
    const rb = rankB.get(s.code) ?? null;
    return {
      code: s.code,
      rankA: s.rank,
      rankB: rb,
      change: s.rank !== null && rb !== null ? s.rank - rb : null,
      inTopA: s.rank !== null && s.rank <= topN,
      inTopB: rb !== null && rb <= topN,
    };
  });
}

/** Areas entering or leaving the top N, the largest moves first. */
export function topNMovers(changes: readonly RankChange[]): RankChange[] {
  return changes
    .filter((c) => c.inTopA !== c.inTopB)
    .sort((x, y) => Math.abs(y.change ?? 0) - Math.abs(x.change ?? 0) || (x.rankB ?? Infinity) - (y.rankB ?? Infinity));
}
