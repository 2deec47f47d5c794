import { describe, expect, it } from 'vitest';
import { rankDescending } from '../../../src/index/rank.ts';

describe('rankDescending', () => {
  it('gives rank 1 to the highest score', () => {
    expect(rankDescending([0.2, 1.5, -0.3])).toEqual([2, 1, 3]);
  });
  it('lets ties share a rank and skips the next (1, 2, 2, 4)', () => {
    expect(rankDescending([3, 2, 2, 1])).toEqual([1, 2, 2, 4]);
  });
  it('treats floating-point noise as a tie', () => {
    expect(rankDescending([0.1 + 0.2, 0.3, 0])).toEqual([1, 1, 3]);
  });
  it('gives no rank to missing scores and does not count them', () => {
    expect(rankDescending([null, 5, null, 7])).toEqual([null, 2, null, 1]);
  });
});
