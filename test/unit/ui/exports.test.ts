import { describe, expect, it } from 'vitest';
import { roundIndex } from '../../../src/ui/results/exports.ts';

describe('the ranking CSV', () => {
  it('writes the index with three decimals, never float noise', () => {
    expect(roundIndex(2.3516933383068497)).toBe(2.352);
    expect(roundIndex(-0.0004)).toBe(0);
    expect(roundIndex(null)).toBeNull();
  });
});
