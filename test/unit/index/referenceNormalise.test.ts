import { describe, expect, it } from 'vitest';
import { computeIndex } from '../../../src/index/compositeIndex.ts';
import { minMax, percentileRank, zScore } from '../../../src/index/normalise.ts';
import { referenceNormaliser } from '../../../src/index/referenceNormalise.ts';
import type { AreaValues } from '../../../src/index/types.ts';

const area = (code: string, x: number | null, y: number | null): AreaValues => ({ code, name: code, population: 100, children: 10, values: { x, y } });

describe('normalising against a fixed reference year', () => {
  // Reference year: 10, 20, 30 (mean 20, population SD √(200/3) = 8.1650).
  const ref = [10, 20, 30];

  it('z-scores use the reference mean and SD for every year', () => {
    const z = referenceNormaliser('zscore', ref)([20, 30, 40, null]);
    const sd = Math.sqrt(200 / 3);
    expect(z[0]).toBe(0);
    expect(z[1]).toBeCloseTo(10 / sd, 12);
    expect(z[2]).toBeCloseTo(20 / sd, 12); // 2.449: beyond anything in the reference year
    expect(z[3]).toBeNull();
  });

  it('a city that improves everywhere shows it: every area lower by 5 gives lower z-scores', () => {
    const later = referenceNormaliser('zscore', ref)([5, 15, 25]);
    const within = zScore([5, 15, 25]);
    expect(later.map((v) => Number(v!.toFixed(4)))).toEqual([-1.8371, -0.6124, 0.6124]);
    // Within each year the same improvement is invisible.
    expect(within).toEqual(zScore(ref));
  });

  it('min–max uses the reference minimum and maximum, and may leave 0–100', () => {
    expect(referenceNormaliser('minmax', ref)([10, 25, 40, 5])).toEqual([0, 75, 150, -25]);
  });

  it('percentiles interpolate between reference values, ties counted half, held at 0 and 100 outside', () => {
    const p = referenceNormaliser('percentile', [10, 20, 20, 40]);
    // Positions: 10 → 0, 20 → 1.5 (mid-rank of positions 1 and 2), 40 → 3; n − 1 = 3.
    expect(p([10, 20, 40])).toEqual([0, 50, 100]);
    expect(p([15])[0]).toBeCloseTo(25, 12); // halfway from position 0 to 1.5
    expect(p([30])[0]).toBeCloseTo(75, 12); // halfway from 1.5 to 3
    expect(p([5, 50])).toEqual([0, 100]);
  });

  it('for the reference year itself each method equals the within-year value', () => {
    const values = [3, 9, 9, 1, null, 7.5];
    for (const [method, within] of [['zscore', zScore], ['minmax', minMax], ['percentile', percentileRank]] as const) {
      expect(referenceNormaliser(method, values)(values)).toEqual(within(values));
    }
  });

  it('a reference year without values gives no values', () => {
    expect(referenceNormaliser('zscore', [null, null])([1, 2])).toEqual([null, null]);
  });

  it('computeIndex with a reference year: the reference year agrees with within-year, another year moves', () => {
    const y2020 = [area('a', 10, 1), area('b', 20, 2), area('c', 30, 3)];
    const y2024 = [area('a', 5, 2), area('b', 15, 2), area('c', 25, 2)];
    const options = { normalisation: 'zscore' as const, settings: [{ key: 'x', weight: 50, direction: 'higher-is-more-need' as const }, { key: 'y', weight: 50, direction: 'lower-is-more-need' as const }] };
    expect(computeIndex(y2020, options, y2020).scores).toEqual(computeIndex(y2020, options).scores);
    const fixed = computeIndex(y2024, options, y2020).scores;
    const sd = Math.sqrt(200 / 3);
    // a: x = (5 − 20)/SD; y = 2 everywhere, reversed −2, is the 2020 mean: 0.
    expect(fixed[0].index).toBeCloseTo(0.5 * (-15 / sd), 12);
    expect(fixed[0].normalised.y).toBe(0);
    expect(fixed.map((s) => s.rank)).toEqual([3, 2, 1]);
  });
});
