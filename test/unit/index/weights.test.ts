import { describe, expect, it } from 'vitest';
import { clampWeight, effectiveWeights } from '../../../src/index/weights.ts';

const s = (key: string, weight: number) => ({ key, weight, direction: 'higher-is-more-need' as const });

describe('effectiveWeights', () => {
  it('is each weight’s share of the sum', () => {
    expect(effectiveWeights([s('a', 25), s('b', 25), s('c', 50)])).toEqual({ a: 0.25, b: 0.25, c: 0.5 });
  });
  it('depends only on proportions', () => {
    expect(effectiveWeights([s('a', 10), s('b', 30)])).toEqual(effectiveWeights([s('a', 25), s('b', 75)]));
  });
  it('gives all zeros when every weight is zero', () => {
    expect(effectiveWeights([s('a', 0), s('b', 0)])).toEqual({ a: 0, b: 0 });
  });
  it('treats negative and non-numeric weights as zero', () => {
    expect(effectiveWeights([s('a', -40), s('b', Number.NaN), s('c', 20)])).toEqual({ a: 0, b: 0, c: 1 });
  });
});

describe('clampWeight', () => {
  it('keeps weights within 0–100', () => {
    expect([clampWeight(-1), clampWeight(0), clampWeight(42), clampWeight(250), clampWeight(Infinity)]).toEqual([0, 0, 42, 100, 0]);
  });
});
