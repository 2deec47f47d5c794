import { describe, expect, it } from 'vitest';
import { againstBaseline, projectedBaseline } from '../../../src/followup/baseline.ts';
import { breaksBetween, lastBreakUpTo } from '../../../src/followup/breaks.ts';
import { childCounts } from '../../../src/followup/childCounts.ts';
import { comparisonGroup } from '../../../src/followup/comparisonGroup.ts';
import { differenceInDifferences } from '../../../src/followup/differenceInDifferences.ts';
import { followUp } from '../../../src/followup/followUp.ts';
import { choiceYear } from '../../../src/followup/followUpSet.ts';
import { groupMean, groupSeries } from '../../../src/followup/groupMean.ts';
import type { AreaValues, VariableDefinition } from '../../../src/index/types.ts';

const area = (code: string, population: number | null, values: Record<string, number | null>, children: number | null = 100): AreaValues => ({
  code,
  name: code,
  population,
  children,
  values,
});
const variable = (key: string, extra: Partial<VariableDefinition> = {}): VariableDefinition => ({
  key,
  label: { sv: key, en: key },
  unit: '%',
  definition: { sv: '', en: '' },
  direction: 'higher-is-more-need',
  populationBase: 'total',
  source: '',
  ...extra,
});

describe('population-weighted group means', () => {
  it('weights each rate by its population and leaves suppressed cells out', () => {
    const areas = [area('a', 1000, { x: 10 }), area('b', 3000, { x: 20 }), area('c', 500, { x: null }), area('d', 9999, { x: 90 })];
    // (10·1000 + 20·3000) / 4000 = 17.5; c is suppressed, d is not in the group.
    expect(groupMean(areas, new Set(['a', 'b', 'c']), 'x', 'total')).toEqual({ value: 17.5, population: 4000, reporting: 2, members: 3 });
  });

  it('uses the variable’s own population base (children, 20–24-year-olds)', () => {
    const areas = [{ ...area('a', 1000, { x: 10 }, 100), youngAdults: 50 }, { ...area('b', 1000, { x: 40 }, 300), youngAdults: 150 }];
    expect(groupMean(areas, new Set(['a', 'b']), 'x', 'children').value).toBe((10 * 100 + 40 * 300) / 400);
    expect(groupMean(areas, new Set(['a', 'b']), 'x', 'young-adults').value).toBe((10 * 50 + 40 * 150) / 200);
  });

  it('a group where every member is suppressed has no value (a gap, never 0)', () => {
    const series = groupSeries(new Map([[2020, [area('a', 100, { x: null })]], [2021, [area('a', 100, { x: 5 })]]]), [2020, 2021], new Set(['a']), 'x', 'total');
    expect(series.map((p) => p.value)).toEqual([null, 5]);
  });
});

describe('the comparison group', () => {
  it('picks the unchosen areas nearest to any area of the set, in z-scores of the index variables', () => {
    // x: 0, 1, 2, 3, 10 (mean 3.2); y constant (no spread → 0 for all).
    const areas = ['s', 'a', 'b', 'c', 'far'].map((code, i) => area(code, 100, { x: [0, 1, 2, 3, 10][i], y: 5 }));
    const group = comparisonGroup(areas, new Set(['s']), ['x', 'y'], 2);
    expect(group.codes).toEqual(['a', 'b']);
    const sd = Math.sqrt([0, 1, 2, 3, 10].reduce((s, x) => s + (x - 3.2) ** 2, 0) / 5);
    expect(group.distances.get('a')).toBeCloseTo(1 / sd, 12);
    expect(group.nearest.get('b')).toBe('s');
  });

  it('leaves out areas missing a variable, and breaks ties by code', () => {
    const areas = [area('s', 100, { x: 5 }), area('z', 100, { x: 6 }), area('m', 100, { x: 4 }), area('gap', 100, { x: null })];
    expect(comparisonGroup(areas, new Set(['s']), ['x'], 5).codes).toEqual(['m', 'z']);
  });
});

describe('difference in differences', () => {
  it('is the change in the mean gap from before the start to after it', () => {
    const set = [2018, 2019, 2020, 2021].map((year, i) => ({ year, value: [30, 32, 28, 26][i] }));
    const comparison = [2018, 2019, 2020, 2021].map((year, i) => ({ year, value: [20, 20, 21, 22][i] }));
    // Gaps 10, 12 before 2020 (mean 11); 7, 4 from 2020 (mean 5.5): the gap shrank by 5.5 pp.
    expect(differenceInDifferences(set, comparison, 2020)).toEqual({ before: 11, after: 5.5, change: -5.5, yearsBefore: [2018, 2019], yearsAfter: [2020, 2021] });
  });

  it('has no figure until there are years after the start, and skips years either group lacks', () => {
    const set = [{ year: 2022, value: 5 }, { year: 2023, value: null }, { year: 2024, value: 7 }];
    const comparison = [{ year: 2022, value: 3 }, { year: 2023, value: 3 }, { year: 2024, value: 4 }];
    expect(differenceInDifferences(set, comparison, 2025)).toMatchObject({ before: 2.5, after: null, change: null, yearsBefore: [2022, 2024] });
  });
});

describe('the projected baseline (turning the curve)', () => {
  it('is the least-squares line through the years before the start, projected on', () => {
    const points = [2016, 2017, 2018, 2019, 2020, 2021].map((year, i) => ({ year, value: [10, 11, 13, 12, 20, 21][i] }));
    const baseline = projectedBaseline(points, 2020)!;
    // Fitted on 2016–2019: mean year 2017.5, mean value 11.5, Sxy = 4, Sxx = 5: slope 0.8.
    expect(baseline.fittedYears).toEqual([2016, 2017, 2018, 2019]);
    expect(baseline.slope).toBeCloseTo(0.8, 12);
    expect(baseline.at(2021)).toBeCloseTo(11.5 + 0.8 * 3.5, 12);
    // 2021: 21 against an expected 14.3 – above its own baseline by 6.7.
    expect(againstBaseline(points, baseline)!.difference).toBeCloseTo(6.7, 12);
  });

  it('skips missing years, starts after a series break, and needs three points', () => {
    const points = [2019, 2020, 2021, 2022, 2023].map((year, i) => ({ year, value: [5, null, 7, 8, 9][i] }));
    expect(projectedBaseline(points, 2024)!.fittedYears).toEqual([2019, 2021, 2022, 2023]);
    expect(projectedBaseline(points, 2024, 2022)).toBeNull();
    expect(projectedBaseline(points, 2024, 2021)!.slope).toBeCloseTo(1, 12);
  });
});

describe('series breaks', () => {
  const income = variable('laginkomststandard', { breaks: [{ year: 2022, reason: { sv: 'Ny källa', en: 'New source' } }] });
  it('a change figure spans a break when the break’s first year lies after its start and no later than its end', () => {
    expect(breaksBetween(income, 2019, 2024)).toHaveLength(1);
    expect(breaksBetween(income, 2024, 2019)).toHaveLength(1);
    expect(breaksBetween(income, 2022, 2024)).toHaveLength(0);
    expect(breaksBetween(income, 2015, 2021)).toHaveLength(0);
    expect(breaksBetween(variable('x'), 2015, 2024)).toHaveLength(0);
  });
  it('the comparable segment starts at the last break', () => {
    expect(lastBreakUpTo(income, 2024)?.year).toBe(2022);
    expect(lastBreakUpTo(income, 2021)).toBeNull();
  });
});

describe('children counts', () => {
  it('counts children in the set and estimates children in need as rate × children', () => {
    const areas = [area('a', 1000, { lis: 50 }, 200), area('b', 1000, { lis: 10 }, 800), area('c', 1000, { lis: null }, 100)];
    const counts = childCounts(areas, new Set(['a']), ['lis']);
    expect(counts.children).toBe(200);
    expect(counts.shareOfChildren).toBeCloseTo(200 / 1100, 12);
    // a: 0.5·200 = 100 of 100 + 0.1·800 = 180 children in need (c suppressed).
    expect(counts.inNeed[0]).toEqual({ key: 'lis', inSet: 100, inMalmo: 180, share: 100 / 180, unknownInSet: 0 });
    // c's children are unknown to the estimate when c is in the set.
    expect(childCounts(areas, new Set(['a', 'c']), ['lis']).inNeed[0].unknownInSet).toBe(100);
  });
});

describe('the follow-up of a set', () => {
  it('matches in the last year before the start and reports set, comparison and rest', () => {
    expect(choiceYear(2025, [2015, 2024])).toBe(2024);
    expect(choiceYear(2015, [2015, 2024])).toBeNull();
    const year = (shift: number) => [area('s', 100, { x: 30 - shift }), area('c', 100, { x: 25 }), area('r', 100, { x: 5 })];
    const byYear = new Map([[2020, year(0)], [2021, year(0)], [2022, year(4)]]);
    const result = followUp({ years: [2020, 2021, 2022], byYear, variables: [variable('x')], matchKeys: ['x'] }, { name: 'T', codes: ['s', 'unknown'], startYear: 2022, comparisonSize: 1 });
    expect(result.matchYear).toBe(2021);
    expect([...result.setCodes]).toEqual(['s']);
    expect(result.comparison.codes).toEqual(['c']);
    expect(result.variables[0].rest.map((p) => p.value)).toEqual([15, 15, 15]);
    // Gap 5, 5 before; 1 after: −4 pp.
    expect(result.variables[0].did.change).toBe(-4);
    expect(result.yearsAfter).toEqual([2022]);
    // 100 residents: a 95 % margin of ±9 pp, flagged.
    expect(result.variables[0].fewPeople).toBe(true);
  });
});
