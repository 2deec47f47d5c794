import { describe, expect, it } from 'vitest';
import { medianShares, topNUnderAll, type Weighting } from '../../../src/index/consensus.ts';
import { rankChanges, topNMovers } from '../../../src/index/rankChange.ts';
import type { AreaScore, AreaValues } from '../../../src/index/types.ts';

const area = (code: string, x: number, y: number): AreaValues => ({ code, name: code, population: 1, children: 1, values: { x, y } });
const base = {
  normalisation: 'zscore' as const,
  settings: [
    { key: 'x', weight: 25, direction: 'higher-is-more-need' as const },
    { key: 'y', weight: 25, direction: 'higher-is-more-need' as const },
  ],
};

describe('participants’ weightings', () => {
  it('take the per-variable median of the shares shown, not of the raw sliders', () => {
    const w: Weighting[] = [
      { name: 'ASN', weights: { x: 10, y: 90 } }, // 10 % / 90 %
      { name: 'GSN', weights: { x: 50, y: 50 } }, // 50 % / 50 %
      { name: 'FRN', weights: { x: 30 } }, // 100 % / 0 %
    ];
    expect(medianShares(w, ['x', 'y'])).toEqual({ x: 0.5, y: 0.5 });
    // The case: sliders 25/25/25/25, 0/25/0/0 and 100/0/0/0 are 25 %, 0 % and 100 % on x.
    const keys = ['x', 'y', 'z', 'u'];
    const three: Weighting[] = [
      { name: 'A', weights: { x: 25, y: 25, z: 25, u: 25 } },
      { name: 'B', weights: { x: 0, y: 25, z: 0, u: 0 } },
      { name: 'C', weights: { x: 100, y: 0, z: 0, u: 0 } },
    ];
    expect(medianShares(three, keys)).toEqual({ x: 0.25, y: 0.25, z: 0, u: 0 });
  });
  it('leave out a participant who weights nothing', () => {
    expect(medianShares([{ name: 'A', weights: { x: 0, y: 0 } }, { name: 'B', weights: { x: 1, y: 3 } }], ['x', 'y'])).toEqual({ x: 0.25, y: 0.75 });
  });
  it('find the areas in the top N under every weighting', () => {
    // A leads on x, B on y, C is second on both, D last on both.
    const areas = [area('A', 10, 0), area('B', 0, 10), area('C', 8, 8), area('D', 1, 1)];
    const xOnly = { name: 'x', weights: { x: 100, y: 0 } };
    const yOnly = { name: 'y', weights: { x: 0, y: 100 } };
    expect(topNUnderAll(areas, [xOnly, yOnly], base, 2)).toEqual(['C']);
    expect(topNUnderAll(areas, [xOnly], base, 2).sort()).toEqual(['A', 'C']);
    expect(topNUnderAll(areas, [], base, 2)).toEqual([]);
  });
});

describe('rank changes between two weightings', () => {
  const s = (code: string, rank: number | null): AreaScore => ({ code, rank, index: rank === null ? null : -rank, normalised: {}, contributions: {}, missing: [] });
  const a = [s('A', 1), s('B', 2), s('C', 3), s('D', 4), s('E', null)];
  const b = [s('A', 3), s('B', 2), s('C', 4), s('D', 1), s('E', null)];
  it('are positive when an area rises in priority', () => {
    expect(rankChanges(a, b, 2).map((c) => [c.code, c.change])).toEqual([['A', -2], ['B', 0], ['C', -1], ['D', 3], ['E', null]]);
  });
  it('list areas entering or leaving the top N, largest move first', () => {
    expect(topNMovers(rankChanges(a, b, 2)).map((c) => [c.code, c.inTopA, c.inTopB])).toEqual([['D', false, true], ['A', true, false]]);
  });
});
