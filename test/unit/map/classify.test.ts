import { describe, expect, it } from 'vitest';
import { classify, classOf } from '../../../src/map/classify.ts';
import { fillColour } from '../../../src/map/layers/areaLayers.ts';
import { MISSING_COLOUR, NEED_COLOURS } from '../../../src/map/palette.ts';

const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null];

describe('classify', () => {
  it('makes quintiles with equally many areas per class', () => {
    const c = classify(values, 'quantile')!;
    // d3's R-7 quantiles of 1…10: 2.8, 4.6, 6.4, 8.2.
    c.thresholds.forEach((t, i) => expect(t).toBeCloseTo([2.8, 4.6, 6.4, 8.2][i], 12));
    expect(c.extent).toEqual([1, 10]);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) if (v !== null) counts[classOf(v, c)!]++;
    expect(counts).toEqual([2, 2, 2, 2, 2]);
  });
  it('makes equal intervals over the range', () => {
    expect(classify([0, 10, null], 'equal')!.thresholds).toEqual([2, 4, 6, 8]);
  });
  it('makes classes by standard deviations as SCB does: ≥ μ+2σ, ≥ μ+σ, ≥ μ, ≥ μ−σ, below', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: μ = 5, σ = 2 → thresholds 3, 5, 7, 9.
    const c = classify([2, 4, 4, 4, 5, 5, 7, 9], 'stddev')!;
    expect(c.thresholds).toEqual([3, 5, 7, 9]);
    expect([2, 3, 4.99, 5, 7, 8.99, 9, 100].map((v) => classOf(v, c))).toEqual([0, 1, 1, 2, 3, 3, 4, 4]);
  });
  it('has no classification without values, and no class for missing values', () => {
    expect(classify([null, null], 'quantile')).toBeNull();
    expect(classOf(null, classify([1, 2], 'equal')!)).toBeNull();
  });
  it('puts values beyond fixed limits in the outer classes', () => {
    const fixed = classify([0, 10], 'equal')!;
    expect([classOf(-50, fixed), classOf(50, fixed)]).toEqual([0, 4]);
  });
});

describe('fillColour', () => {
  it('maps classes to the palette and missing to the neutral grey', () => {
    expect(fillColour(4)).toEqual([...NEED_COLOURS[4], 255]);
    expect(fillColour(null)).toEqual([...MISSING_COLOUR, 255]);
  });
});

describe('rank change classes', () => {
  it('split at 10 and 3 places either way', async () => {
    const { rankChangeClass } = await import('../../../src/map/rankChangeColours.ts');
    expect([-40, -10, -9, -3, -2, 0, 2, 3, 9, 10, 50, null].map(rankChangeClass)).toEqual([0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 4, null]);
  });
});
