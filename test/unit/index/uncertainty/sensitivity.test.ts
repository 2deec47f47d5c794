import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../../src/index/uncertainty/random.ts';
import { betweenGroupVariance, binsFor, equalCountBins, varianceOf } from '../../../../src/index/uncertainty/sensitivity.ts';

/** First-order index of y on x with the module's estimator. */
function firstOrder(x: Float64Array, y: Float64Array): number {
  const { bin, bins } = equalCountBins(x, binsFor(x.length));
  const sums = new Float64Array(bins);
  const counts = new Float64Array(bins);
  let sum = 0;
  let squares = 0;
  y.forEach((v, i) => {
    sums[bin[i]] += v;
    counts[bin[i]]++;
    sum += v;
    squares += v * v;
  });
  return betweenGroupVariance(sums, counts, squares) / varianceOf(sum, squares, y.length);
}

describe('first-order sensitivity estimator', () => {
  const r = createRandom(5);
  const n = 10_000;
  const x1 = Float64Array.from({ length: n }, () => r.uniform());
  const x2 = Float64Array.from({ length: n }, () => r.uniform());

  it('finds the known answer for y = x₁ + x₂ (½ each) and for y = x₁ + 2x₂ (⅕ and ⅘)', () => {
    const y = x1.map((v, i) => v + x2[i]);
    expect(firstOrder(x1, y)).toBeCloseTo(0.5, 1);
    expect(firstOrder(x2, y)).toBeCloseTo(0.5, 1);
    const z = x1.map((v, i) => v + 2 * x2[i]);
    expect(firstOrder(x1, z)).toBeCloseTo(0.2, 1);
    expect(firstOrder(x2, z)).toBeCloseTo(0.8, 1);
  });

  it('is about zero, not about bins/N, for an input that does nothing', () => {
    const y = x1.map((v) => v * v);
    expect(Math.abs(firstOrder(x2, y))).toBeLessThan(0.005);
  });

  it('is one for an output fully decided by the input', () => {
    expect(firstOrder(x1, x1.map((v) => Math.sin(3 * v)))).toBeGreaterThan(0.99);
  });

  it('handles groups by hand: two groups of two, means 1 and 3', () => {
    // y = 0, 2 | 2, 4: MSB = 2·(1−2)² + 2·(3−2)² = 4; MSW = (2 + 2)/2 = 2; n₀ = 2 → (4 − 2)/2 = 1.
    expect(betweenGroupVariance([2, 6], [2, 2], 0 + 4 + 4 + 16)).toBe(1);
  });

  it('marks an input that never changes as constant', () => {
    expect(equalCountBins(new Float64Array(100).fill(0.3), 10).constant).toBe(true);
    const { bin, bins } = equalCountBins(Float64Array.from({ length: 10 }, (_, i) => 9 - i), 5);
    expect(bins).toBe(5);
    expect(Array.from(bin)).toEqual([4, 4, 3, 3, 2, 2, 1, 1, 0, 0]);
  });
});
