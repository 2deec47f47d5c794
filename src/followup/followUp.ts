/**
 * Everything the follow-up shows, from the data and a follow-up set: per
 * variable the set, its comparison group and the rest of Malmö over time,
 * the difference in differences, the breaks and the small-numbers flag,
 * and the children counts. One pure function, so the view, the printed
 * report, the CSV and the public page show the same numbers.
 */
import { rateStandardErrorPp } from '../index/uncertainty/samplingNoise.ts';
import type { AreaValues, SeriesBreak, VariableDefinition } from '../index/types.ts';
import { breaksBetween } from './breaks.ts';
import { childCounts, type ChildCount } from './childCounts.ts';
import { comparisonGroup, type ComparisonGroup } from './comparisonGroup.ts';
import { differenceInDifferences, type DifferenceInDifferences } from './differenceInDifferences.ts';
import { choiceYear, type FollowUpSet } from './followUpSet.ts';
import { groupSeries, type GroupValue, type SeriesPoint } from './groupMean.ts';

/** A group's yearly rate whose 95 % sampling margin is wider than this (pp)
 * is flagged: a change of that size could be chance alone. */
export const GROUP_MARGIN_PP = 3;

export type GroupPoint = SeriesPoint & GroupValue & { marginPp: number | null };

export interface VariableFollowUp {
  variable: VariableDefinition;
  set: GroupPoint[];
  comparison: GroupPoint[];
  rest: GroupPoint[];
  did: DifferenceInDifferences;
  /** Breaks inside the years shown. */
  breaks: SeriesBreak[];
  /** Breaks between the before and after years of the headline figure. */
  breaksInFigure: SeriesBreak[];
  /** Some yearly value of the set or comparison group rests on few people. */
  fewPeople: boolean;
}

export interface FollowUp {
  set: FollowUpSet;
  /** The year the comparison group is matched on. */
  matchYear: number | null;
  comparison: ComparisonGroup;
  /** The set's codes found in the data. */
  setCodes: ReadonlySet<string>;
  restCodes: ReadonlySet<string>;
  years: number[];
  /** Years from the start on that the data already has. */
  yearsAfter: number[];
  variables: VariableFollowUp[];
  counts: ChildCount;
}

export interface FollowUpInput {
  years: readonly number[];
  byYear: ReadonlyMap<number, readonly AreaValues[]>;
  /** Variables to follow: the index's and the outcomes. */
  variables: readonly VariableDefinition[];
  /** The variables similarity is judged on. */
  matchKeys: readonly string[];
}

export function followUp(input: FollowUpInput, set: FollowUpSet): FollowUp {
  const { years, byYear } = input;
  const latest = byYear.get(years[years.length - 1]) ?? [];
  const allCodes = latest.map((a) => a.code);
  const setCodes = new Set(set.codes.filter((c) => allCodes.includes(c)));
  const matchYear = choiceYear(set.startYear, years) ?? years[0] ?? null;
  const comparison = comparisonGroup(matchYear === null ? [] : (byYear.get(matchYear) ?? []), setCodes, input.matchKeys, set.comparisonSize);
  const comparisonCodes = new Set(comparison.codes);
  const restCodes = new Set(allCodes.filter((c) => !setCodes.has(c)));
  const first = years[0] ?? set.startYear;
  const last = years[years.length - 1] ?? set.startYear;

  const variables = input.variables.map((variable) => {
    const series = (codes: ReadonlySet<string>): GroupPoint[] =>
      groupSeries(byYear, years, codes, variable.key, variable.populationBase).map((p) => ({
        ...p,
        marginPp: p.value === null || p.population === 0 ? null : 1.96 * rateStandardErrorPp(p.value, p.population * (variable.sampleShare ?? 1)),
      }));
    const setSeries = series(setCodes);
    const comparisonSeries = series(comparisonCodes);
    const did = differenceInDifferences(setSeries, comparisonSeries, set.startYear);
    const spanFrom = did.yearsBefore[0];
    const spanTo = did.yearsAfter[did.yearsAfter.length - 1];
    return {
      variable,
      set: setSeries,
      comparison: comparisonSeries,
      rest: series(restCodes),
      did,
      breaks: breaksBetween(variable, first, last),
      breaksInFigure: spanFrom !== undefined && spanTo !== undefined ? breaksBetween(variable, spanFrom, spanTo) : [],
      fewPeople: [...setSeries, ...comparisonSeries].some((p) => p.marginPp !== null && p.marginPp > GROUP_MARGIN_PP),
    };
  });
  const countKeys = input.variables.filter((v) => v.householdRate).map((v) => v.key);
  return {
    set,
    matchYear,
    comparison,
    setCodes,
    restCodes,
    years: [...years],
    yearsAfter: years.filter((y) => y >= set.startYear),
    variables,
    counts: childCounts(latest, setCodes, countKeys),
  };
}
