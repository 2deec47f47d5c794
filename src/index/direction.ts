import type { Direction } from './types.ts';

/**
 * Orient raw values so that higher always means more need.
 *
 * Reversal happens *before* normalisation by negating the raw value. For every
 * normalisation offered this is the same as reversing afterwards
 * (z(−x) = −z(x), minmax(−x) = 100 − minmax(x), percentile likewise), so one
 * mechanism serves them all.
 */
export function orient(values: readonly (number | null)[], direction: Direction): (number | null)[] {
  if (direction === 'higher-is-more-need') return values.slice();
  return values.map((v) => (v === null ? null : -v));
}
