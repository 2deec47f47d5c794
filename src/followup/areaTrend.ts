import type { AreaValues, VariableDefinition } from '../index/types.ts';
import { againstBaseline, projectedBaseline, type Baseline } from './baseline.ts';
import { lastBreakUpTo } from './breaks.ts';
import { groupSeries, type SeriesPoint } from './groupMean.ts';

export interface AreaTrend {
  variable: VariableDefinition;
  area: SeriesPoint[];
  malmo: SeriesPoint[];
  /** The area's GeSO (for a delområde). */
  parent: SeriesPoint[] | null;
  baseline: Baseline | null;
  /** The baseline drawn: from its first fitted year to the later of the last year and the start. */
  baselinePoints: SeriesPoint[];
  /** Latest value against the baseline, once the start year is reached. */
  now: ReturnType<typeof againstBaseline>;
}

/**
 * One area's development per variable: its own values (a group mean of its
 * members at GeSO level), Malmö's and its GeSO's, and the baseline of the
 * years before the start — fitted from the last series break on, since
 * values across a break are not on one basis.
 */
export function areaTrends(
  years: readonly number[],
  byYear: ReadonlyMap<number, readonly AreaValues[]>,
  codes: ReadonlySet<string>,
  parentCodes: ReadonlySet<string> | null,
  variables: readonly VariableDefinition[],
  startYear: number,
): AreaTrend[] {
  const everyone = new Set((byYear.get(years[years.length - 1]) ?? []).map((a) => a.code));
  return variables.map((variable) => {
    const series = (set: ReadonlySet<string>) => groupSeries(byYear, years, set, variable.key, variable.populationBase).map(({ year, value }) => ({ year, value }));
    const area = series(codes);
    const fromYear = lastBreakUpTo(variable, startYear - 1)?.year ?? -Infinity;
    const baseline = projectedBaseline(area, startYear, fromYear);
    const last = Math.max(years[years.length - 1] ?? startYear, startYear);
    const baselinePoints = baseline ? Array.from({ length: last - baseline.fittedYears[0] + 1 }, (_, i) => baseline.fittedYears[0] + i).map((year) => ({ year, value: baseline.at(year) })) : [];
    const reachedStart = (years[years.length - 1] ?? 0) >= startYear;
    return {
      variable,
      area,
      malmo: series(everyone),
      parent: parentCodes ? series(parentCodes) : null,
      baseline,
      baselinePoints,
      now: baseline && reachedStart ? againstBaseline(area, baseline) : null,
    };
  });
}
