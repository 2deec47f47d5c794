import { describe, expect, it } from 'vitest';
import { median } from '../../../src/index/median.ts';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('ignores missing values and is null without any', () => {
    expect(median([null, 8, null, 2])).toBe(5);
    expect(median([null])).toBeNull();
  });
});
