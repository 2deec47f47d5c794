import { describe, expect, it } from 'vitest';
import { computeIndex } from '../../../src/index/compositeIndex.ts';
import type { AreaValues, Direction, Normalisation } from '../../../src/index/types.ts';

const area = (code: string, x: number | null, y: number | null): AreaValues => ({
  code,
  name: code,
  population: 1000,
  children: 200,
  values: { x, y },
});
const settings = (wx: number, wy: number, dy: Direction = 'higher-is-more-need') => [
  { key: 'x', weight: wx, direction: 'higher-is-more-need' as const },
  { key: 'y', weight: wy, direction: dy },
];
const run = (areas: AreaValues[], wx: number, wy: number, dy?: Direction, normalisation: Normalisation = 'zscore') =>
  computeIndex(areas, { normalisation, settings: settings(wx, wy, dy) });

// Worked by hand: x = 1, 2, 3 → mean 2, SD √(2/3) → z = −1.2247, 0, 1.2247.
// y = 10, 20, 60 → mean 30, SD √(1400/3) = 21.602 → z = −0.9258, −0.4629, 1.3887.
const ABC = [area('A', 1, 10), area('B', 2, 20), area('C', 3, 60)];

describe('computeIndex (z-scores)', () => {
  it('averages z-scores with equal weights', () => {
    const r = run(ABC, 25, 25);
    expect(r.ok).toBe(true);
    expect(r.scores.map((s) => s.index)).toEqual([
      expect.closeTo(-1.07527, 4),
      expect.closeTo(-0.23146, 4),
      expect.closeTo(1.30670, 4),
    ]);
    expect(r.scores.map((s) => s.rank)).toEqual([3, 2, 1]);
  });

  it('applies unequal weights as shares of the sum', () => {
    const r = run(ABC, 75, 25);
    expect(r.effectiveWeights).toEqual({ x: 0.75, y: 0.25 });
    expect(r.scores[0].index).toBeCloseTo(0.75 * -1.22474 + 0.25 * -0.92582, 4);
  });

  it('reverses a variable where higher means less need', () => {
    const r = run(ABC, 25, 25, 'lower-is-more-need');
    expect(r.scores.map((s) => s.index)).toEqual([
      expect.closeTo(-0.14946, 4),
      expect.closeTo(0.23146, 4),
      expect.closeTo(-0.08200, 4),
    ]);
    expect(r.scores.map((s) => s.rank)).toEqual([3, 1, 2]);
  });

  it('reports contributions wᵢ·zᵢ that sum to the index', () => {
    const r = run(ABC, 60, 20);
    for (const s of r.scores) {
      expect(s.contributions.x! + s.contributions.y!).toBeCloseTo(s.index!, 12);
    }
    expect(r.scores[2].contributions.x).toBeCloseTo(0.75 * 1.22474, 4);
  });

  it('ignores a variable with weight 0, even where it is missing', () => {
    const areas = [area('A', 1, null), area('B', 2, 20), area('C', 3, 60)];
    const r = run(areas, 50, 0);
    expect(r.scores.map((s) => s.index)).toEqual([
      expect.closeTo(-1.22474, 4),
      expect.closeTo(0, 9),
      expect.closeTo(1.22474, 4),
    ]);
    expect(r.scores[0].missing).toEqual([]);
    expect(r.scores[0].contributions.y).toBeNull();
    expect(r.scores[1].contributions.y).toBe(0);
  });

  it('gives no index, never a guessed one, when a weighted variable is missing', () => {
    const areas = [area('A', 1, null), area('B', 2, 20), area('C', 3, 60), area('D', null, null)];
    const r = run(areas, 25, 25);
    expect(r.scores[0]).toMatchObject({ index: null, rank: null, missing: ['y'] });
    expect(r.scores[3]).toMatchObject({ index: null, rank: null, missing: ['x', 'y'] });
    // Statistics use only areas with a value: y over 20 and 60 → z = −1, 1.
    expect(r.scores[1].normalised.y).toBeCloseTo(-1, 12);
    expect(r.scores[1].rank).toBe(2);
    expect(r.scores[2].rank).toBe(1);
  });

  it('lets areas with identical values share a rank', () => {
    // By hand, weights ¼ and ¾: B = −1.137, D = −0.827, so D ranks above B;
    // A and C tie at 1 and the next rank is 3.
    const areas = [area('A', 5, 5), area('B', 1, 1), area('C', 5, 5), area('D', 0, 2)];
    const r = run(areas, 10, 30);
    expect(r.scores[1].index).toBeCloseTo(-1.1372, 3);
    expect(r.scores[3].index).toBeCloseTo(-0.8269, 3);
    expect(r.scores.map((s) => s.rank)).toEqual([1, 4, 1, 3]);
  });

  it('reports all weights zero and computes no index', () => {
    const r = run(ABC, 0, 0);
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.reason).toBe('all-weights-zero');
    expect(r.scores.every((s) => s.index === null && s.rank === null)).toBe(true);
  });
});

describe('computeIndex (other normalisations)', () => {
  it('uses min–max 0–100', () => {
    // x → 0, 50, 100; y → 0, 20, 100 → mean 0, 35, 100.
    expect(run(ABC, 1, 1, undefined, 'minmax').scores.map((s) => s.index)).toEqual([0, 35, 100]);
  });
  it('uses percentile ranks, reversed where needed', () => {
    // x → 0, 50, 100; reversed y → 100, 50, 0 → 50 each: a three-way tie.
    const r = run(ABC, 1, 1, 'lower-is-more-need', 'percentile');
    expect(r.scores.map((s) => s.index)).toEqual([50, 50, 50]);
    expect(r.scores.map((s) => s.rank)).toEqual([1, 1, 1]);
  });
});
