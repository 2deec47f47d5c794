import { describe, expect, it } from 'vitest';
import { isImprovement, needSign, orient } from '../../../src/index/direction.ts';
import { minMax, percentileRank, zScore } from '../../../src/index/normalise.ts';

describe('orient', () => {
  it('keeps variables where higher means more need', () => {
    expect(orient([1, null, 3], 'higher-is-more-need')).toEqual([1, null, 3]);
  });
  it('negates variables where higher means less need', () => {
    expect(orient([1, null, 3], 'lower-is-more-need')).toEqual([-1, null, -3]);
  });
  it.each([
    ['zScore', zScore, (v: number) => -v],
    ['minMax', minMax, (v: number) => 100 - v],
    ['percentileRank', percentileRank, (v: number) => 100 - v],
  ])('is the same as reversing after %s', (_, normalise, mirror) => {
    const xs = [12, 40, 7, null, 40, 23];
    const reversedFirst = normalise(orient(xs, 'lower-is-more-need'));
    const reversedAfter = normalise(xs).map((v) => (v === null ? null : mirror(v)));
    expect(reversedFirst[3]).toBeNull();
    reversedFirst.forEach((v, i) => (v === null ? expect(reversedAfter[i]).toBeNull() : expect(v).toBeCloseTo(reversedAfter[i]!, 12)));
  });
});

describe('what counts as better', () => {
  it('a fall where higher means more need, a rise where it means less', () => {
    expect([isImprovement('higher-is-more-need', -1), isImprovement('higher-is-more-need', 1), isImprovement('lower-is-more-need', 2), isImprovement('lower-is-more-need', -2)]).toEqual([true, false, true, false]);
    expect([needSign('higher-is-more-need'), needSign('lower-is-more-need')]).toEqual([1, -1]);
  });
});
