import { describe, expect, it } from 'vitest';
import { rankDescending } from '../../../../src/index/rank.ts';
import { prepareModel } from '../../../../src/index/uncertainty/model.ts';
import { createRanker } from '../../../../src/index/uncertainty/rankScores.ts';
import { MAX_MARGIN_PP, reliabilityOf } from '../../../../src/index/uncertainty/reliability.ts';
import { clampRate, rateStandardErrorPp } from '../../../../src/index/uncertainty/samplingNoise.ts';
import { area, settings, variable } from './fixtures.ts';

describe('ranking one sample', () => {
  it.each([40, 1500])('matches the index’s own ranking, ties and negatives included (%s areas)', (n) => {
    let s = 3;
    const next = () => (s = (s * 16807) % 2147483647);
    // Many exact ties, negative and positive scores, and neighbours closer
    // than float32 can tell apart.
    const scores = Float64Array.from({ length: n }, (_, i) => (next() % 50) / 7 - 3 + (i % 3 === 0 ? 1e-12 * i : 0));
    const rank = createRanker(n);
    const ranks = new Uint32Array(n);
    rank(scores, ranks);
    expect(Array.from(ranks)).toEqual(rankDescending(Array.from(scores)));
    // Again from the previous order, after a change.
    scores[0] = 100;
    scores[n - 1] = -100;
    rank(scores, ranks);
    expect(Array.from(ranks)).toEqual(rankDescending(Array.from(scores)));
  });
});

describe('sampling error of a rate', () => {
  it('is the binomial standard error', () => {
    // 50 % of 100 people: √(0.5·0.5/100) = 5 points.
    expect(rateStandardErrorPp(50, 100)).toBeCloseTo(5, 9);
    expect(rateStandardErrorPp(50, 10_000)).toBeCloseTo(0.5, 9);
  });
  it('stays above zero at 0 % and 100 %, and is zero without a sample size', () => {
    expect(rateStandardErrorPp(0, 40)).toBeGreaterThan(1);
    expect(rateStandardErrorPp(100, 40)).toBeGreaterThan(1);
    expect(rateStandardErrorPp(30, 0)).toBe(0);
  });
  it('keeps a redrawn rate within 0–100 %', () => {
    expect([clampRate(-3), clampRate(42), clampRate(104)]).toEqual([0, 42, 100]);
  });
});

describe('small-area reliability', () => {
  const vars = [variable('a'), { ...variable('b'), populationBase: 'children' as const, sampleShare: 1 / 17 }];
  it('flags an area whose rates could be more than ±15 points off', () => {
    // 20 % of 100 people: 1.96·√(0.2·0.8/100) ≈ 7.9 points – fine.
    expect(reliabilityOf(area('X', { a: 20, b: null }, 100), vars, new Set(['a']))).toMatchObject({ unreliable: false, variable: 'a' });
    expect(reliabilityOf(area('X', { a: 20, b: null }, 100), vars, new Set(['a'])).marginPp).toBeCloseTo(7.9, 1);
    // 50 % among a year group of 3000/5/17 ≈ 35 pupils: ±16.5 points.
    const r = reliabilityOf(area('Y', { a: 20, b: 50 }, 3000), vars, new Set(['a', 'b']));
    expect(r).toMatchObject({ unreliable: true, variable: 'b' });
    expect(r.marginPp!).toBeGreaterThan(MAX_MARGIN_PP);
  });
  it('ignores variables not in use, and flags an unknown population', () => {
    expect(reliabilityOf(area('Y', { a: 20, b: 50 }, 3000), vars, new Set(['a'])).unreliable).toBe(false);
    expect(reliabilityOf({ ...area('Z', { a: 20, b: 1 }), population: null }, vars, new Set(['a']))).toMatchObject({ unreliable: true, marginPp: null });
  });
});

describe('the model handed to the worker', () => {
  it('keeps only variables in use, their shares and directions, and marks the ranked areas', () => {
    const model = prepareModel({
      areas: [area('A', { a: 1, b: 2, c: null }), area('B', { a: null, b: 3, c: 4 }), area('C', { a: 5, b: 6, c: 7 })],
      variables: ['a', 'b', 'c'].map((k) => variable(k)),
      settings: [...settings({ a: 30, b: 0 }), { key: 'c', weight: 10, direction: 'lower-is-more-need' }],
      normalisation: 'minmax',
    });
    expect(model.keys).toEqual(['a', 'c']);
    expect(model.shares).toEqual([0.75, 0.25]);
    expect(model.signs).toEqual([1, -1]);
    expect(Array.from(model.ranked)).toEqual([2]);
    expect(Array.from(model.raw)).toEqual([1, NaN, NaN, 4, 5, 7]);
  });
});
