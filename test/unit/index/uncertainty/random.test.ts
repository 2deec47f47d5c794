import { describe, expect, it } from 'vitest';
import { createRandom, drawDirichlet, inverseNormalCdf } from '../../../../src/index/uncertainty/random.ts';
import { dirichletAlpha, shareSdPp, WEIGHT_SPREADS } from '../../../../src/index/uncertainty/weightSpread.ts';

function moments(xs: number[]) {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
  return { mean, sd: Math.sqrt(variance) };
}

describe('seeded random numbers', () => {
  it('repeat exactly for the same seed and differ for another', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const xs = Array.from({ length: 5 }, () => a.uniform());
    expect(Array.from({ length: 5 }, () => b.uniform())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.uniform())).not.toEqual(xs);
  });

  it('invert the normal distribution function to nine digits', () => {
    expect(inverseNormalCdf(0.5)).toBe(0);
    expect(inverseNormalCdf(0.975)).toBeCloseTo(1.959963985, 8);
    expect(inverseNormalCdf(0.01)).toBeCloseTo(-2.326347874, 8);
    expect(inverseNormalCdf(1e-6)).toBeCloseTo(-4.753424309, 7);
  });

  it('draw standard normals with mean 0 and SD 1', () => {
    const r = createRandom(1);
    const { mean, sd } = moments(Array.from({ length: 50_000 }, () => r.normal()));
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(sd - 1)).toBeLessThan(0.02);
  });

  it.each([0.3, 1, 4.5, 30])('draw Gamma(%s) with mean and variance equal to the shape', (shape) => {
    const r = createRandom(7);
    const { mean, sd } = moments(Array.from({ length: 50_000 }, () => r.gamma(shape)));
    expect(mean / shape).toBeCloseTo(1, 1);
    expect(sd ** 2 / shape).toBeCloseTo(1, 1);
  });
});

describe('Dirichlet weights around the current shares', () => {
  it.each(WEIGHT_SPREADS)('%s: centred on the shares, with the spread the UI states', (spread) => {
    const shares = [0.25, 0.25, 0.25, 0.25];
    const alpha = dirichletAlpha(shares, spread);
    const r = createRandom(3);
    const out = new Float64Array(4);
    const first: number[] = [];
    for (let s = 0; s < 40_000; s++) {
      drawDirichlet(alpha, r, out);
      expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      first.push(out[0]);
    }
    const { mean, sd } = moments(first);
    expect(mean).toBeCloseTo(0.25, 2);
    expect((sd * 100) / shareSdPp(0.25, spread, 4)).toBeCloseTo(1, 1);
  });

  it('keeps a variable weighted 0 at 0 in every draw', () => {
    const alpha = dirichletAlpha([0.5, 0, 0.5], 'large');
    const r = createRandom(9);
    const out = new Float64Array(3);
    for (let s = 0; s < 1000; s++) {
      drawDirichlet(alpha, r, out);
      expect(out[1]).toBe(0);
    }
    expect(Array.from(dirichletAlpha([0.5, 0, 0.5], 'uniform'))).toEqual([1, 0, 1]);
  });

  it('states about ±2.5, ±5 and ±10 points for a 25 % weight', () => {
    expect(shareSdPp(0.25, 'small', 4)).toBeCloseTo(2.5, 2);
    expect(shareSdPp(0.25, 'medium', 4)).toBeCloseTo(5, 2);
    expect(shareSdPp(0.25, 'large', 4)).toBeCloseTo(10, 1);
  });
});
