import { describe, expect, it } from 'vitest';
import { limitTopN, maxTopN } from '../../../src/index/topN.ts';

describe('the top-N limit', () => {
  it.each([
    [136, 45],
    [14, 4],
    [3, 1],
    [2, 1],
    [0, 1],
  ])('%i areas allow a top N of at most %i', (count, max) => {
    expect(maxTopN(count)).toBe(max);
  });
  it('keeps the chosen N and says when it was lowered', () => {
    expect(limitTopN(12, 14)).toEqual({ n: 4, chosen: 12, max: 4, limited: true });
    expect(limitTopN(4, 14)).toEqual({ n: 4, chosen: 4, max: 4, limited: false });
    expect(limitTopN(12, 136)).toEqual({ n: 12, chosen: 12, max: 45, limited: false });
  });
});
