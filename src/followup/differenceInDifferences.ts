import type { SeriesPoint } from './groupMean.ts';

export interface DifferenceInDifferences {
  /** Mean gap (set − comparison) over the years before the start, in pp. */
  before: number | null;
  /** Mean gap from the start year on. */
  after: number | null;
  /** after − before: how much the gap changed. Null until there are years on both sides. */
  change: number | null;
  yearsBefore: number[];
  yearsAfter: number[];
}

/**
 * The difference in differences: how the gap between the set and its
 * comparison group changed from before the start to after it. With a
 * variable where higher means more need, a negative change means the set
 * caught up. Years where either group has no value are left out.
 */
export function differenceInDifferences(set: readonly SeriesPoint[], comparison: readonly SeriesPoint[], startYear: number): DifferenceInDifferences {
  const comparisonBy = new Map(comparison.map((p) => [p.year, p.value]));
  const gaps = set.flatMap((p) => {
    const c = comparisonBy.get(p.year);
    return p.value === null || c === null || c === undefined ? [] : [{ year: p.year, gap: p.value - c }];
  });
  const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
  const beforeGaps = gaps.filter((g) => g.year < startYear);
  const afterGaps = gaps.filter((g) => g.year >= startYear);
  const before = mean(beforeGaps.map((g) => g.gap));
  const after = mean(afterGaps.map((g) => g.gap));
  return {
    before,
    after,
    change: before === null || after === null ? null : after - before,
    yearsBefore: beforeGaps.map((g) => g.year),
    yearsAfter: afterGaps.map((g) => g.year),
  };
}
