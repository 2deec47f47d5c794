import { describe, expect, it } from 'vitest';
import { parseEffortCsv } from '../../../src/data/parseEfforts.ts';
import { parseIndicatorText } from '../../../src/data/parseIndicators.ts';
import { countEfforts } from '../../../src/efforts/counts.ts';
import { needVsEffort } from '../../../src/efforts/needVsEffort.ts';
import { effortsByArea } from '../../../src/efforts/reach.ts';
import { computeIndex } from '../../../src/index/compositeIndex.ts';
import type { AreaScore } from '../../../src/index/types.ts';
import { independentlyFlagged } from '../../support/independentNeedEffort.ts';
import { context as indicatorContext, readRepoFile } from '../data/context.ts';
import { geography } from '../../support/geography.ts';

const score = (code: string, index: number | null, rank: number | null): AreaScore => ({
  code, index, rank, normalised: {}, contributions: {}, missing: [],
});

describe('needVsEffort', () => {
  it('flags the top fifth by need with at most the median effort', () => {
    // Ten ranked areas: the top fifth are A and B; median effort is 2.5.
    const scores = 'ABCDEFGHIJ'.split('').map((c, i) => score(c, 10 - i, i + 1));
    const effort = new Map(Object.entries({ A: 1, B: 4, C: 0, D: 2, E: 3, F: 5, G: 2, H: 3, I: 1, J: 4 }));
    const r = needVsEffort(scores, effort);
    expect(r.needThreshold).toBe(9);
    expect(r.effortThreshold).toBe(2.5);
    expect(r.points.filter((p) => p.highNeed && p.lowEffort).map((p) => p.code)).toEqual(['A']);
  });
  it('leaves out areas without an index or without children', () => {
    const r = needVsEffort([score('A', 1, 1), score('B', null, null), score('C', 0, 2)], new Map([['A', 1], ['B', 1], ['C', null]]));
    expect(r.points.map((p) => p.code)).toEqual(['A']);
  });
  it('returns nothing to show when nothing is ranked', () => {
    expect(needVsEffort([score('A', null, null)], new Map())).toEqual({ points: [], needThreshold: null, effortThreshold: null });
  });
});

describe('need against effort on the example data, weighting overcrowding only', () => {
  const indicators = parseIndicatorText(readRepoFile('data/indicators-example.csv'), indicatorContext());
  const efforts = parseEffortCsv(readRepoFile('data/efforts-example.csv'), {
    fileName: 'e.csv', illustrative: true, knownAreas: geography.delomradeNames, locator: geography.locator,
  });
  if (!indicators.ok || !efforts.ok) throw new Error('example data must parse');
  const areas = indicators.value.areas;

  it('flags the same areas as an independent calculation', () => {
    const settings = indicators.value.variables.map((v) => ({ key: v.key, weight: v.key === 'trangboddhet' ? 100 : 0, direction: v.direction }));
    const result = computeIndex(areas, { normalisation: 'zscore', settings });
    const byArea = effortsByArea(efforts.value.efforts);
    const perThousand = new Map(areas.map((a) => [a.code, countEfforts(byArea.get(a.code) ?? [], a.children).perThousandChildren]));
    const flagged = needVsEffort(result.scores, perThousand).points.filter((p) => p.highNeed && p.lowEffort).map((p) => p.code).sort();
    const expected = independentlyFlagged(areas, geography.delomraden, readRepoFile('data/efforts-example.csv'));
    expect(expected.length).toBeGreaterThan(0);
    expect(flagged).toEqual(expected);
  });
});
