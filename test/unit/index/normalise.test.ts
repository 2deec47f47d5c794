import { describe, expect, it } from 'vitest';
import { createPercentileRank, mean, minMax, percentileRank, populationSd, zScore } from '../../../src/index/normalise.ts';

describe('mean and population standard deviation', () => {
  it('divides by n, not n − 1', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population SD exactly 2.
    const xs = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(xs)).toBe(5);
    expect(populationSd(xs)).toBe(2);
  });
});

describe('zScore', () => {
  it('matches values worked out by hand', () => {
    expect(zScore([2, 4, 4, 4, 5, 5, 7, 9])).toEqual([-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2]);
  });
  it('leaves missing values out of mean and SD and keeps them missing', () => {
    // Without the nulls: 1, 3 → mean 2, SD 1.
    expect(zScore([1, null, 3, null])).toEqual([-1, null, 1, null]);
  });
  it('gives 0 to every area when a variable has no spread', () => {
    expect(zScore([7, 7, null, 7])).toEqual([0, 0, null, 0]);
  });
  it('returns all missing when nothing is known', () => {
    expect(zScore([null, null])).toEqual([null, null]);
  });
});

describe('minMax', () => {
  it('rescales to 0–100', () => {
    expect(minMax([10, 15, 20, null])).toEqual([0, 50, 100, null]);
  });
  it('gives 50 without spread', () => {
    expect(minMax([3, 3])).toEqual([50, 50]);
  });
});

describe('percentileRank', () => {
  it('runs 0 to 100 with evenly spaced ranks', () => {
    expect(percentileRank([30, 10, 20, 40, 50])).toEqual([50, 0, 25, 75, 100]);
  });
  it('gives ties the mid-rank', () => {
    // Sorted 10, 20, 20, 40: the 20s share ranks 1 and 2 → 1.5 / 3 → 50.
    expect(percentileRank([20, 10, 40, 20])).toEqual([50, 0, 100, 50]);
  });
  it('keeps missing values missing and gives a lone value 50', () => {
    expect(percentileRank([null, 5, null])).toEqual([null, 50, null]);
  });
});

describe('percentile rank that remembers its order', () => {
  it('gives what a fresh computation gives, sample after changed sample, ties and gaps included', () => {
    let s = 5;
    const next = () => (s = (s * 16807) % 2147483647) / 2147483647;
    const base = Array.from({ length: 60 }, (_, i) => (i % 7 === 0 ? NaN : Math.round(next() * 20)));
    const remembering = createPercentileRank();
    for (let sample = 0; sample < 20; sample++) {
      const values = Float64Array.from(base, (v) => (Number.isNaN(v) ? v : v + Math.round((next() - 0.5) * 6)));
      const settled = new Float64Array(values.length);
      remembering(values, settled);
      const fresh = percentileRank(Array.from(values, (v) => (Number.isNaN(v) ? null : v)));
      expect(Array.from(settled, (v) => (Number.isNaN(v) ? null : v))).toEqual(fresh);
    }
  });
});
