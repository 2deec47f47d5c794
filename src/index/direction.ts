import type { Direction } from './types.ts';

/**
 * Orient raw values so that higher always means more need.
 *
 * Reversal happens *before* normalisation by negating the raw value. For every
 * normalisation offered this is the same as reversing afterwards
 * (z(−x) = −z(x), minmax(−x) = 100 − minmax(x), percentile likewise), so one
 * mechanism serves them all.
 */
/** Whether a change in a raw value is towards less need. */
export function isImprovement(direction: Direction, change: number): boolean {
  return direction === 'higher-is-more-need' ? change < 0 : change > 0;
}

/** +1 where higher raw values mean more need, −1 where they mean less: turns a change into "worsening". */
export function needSign(direction: Direction): 1 | -1 {
  return direction === 'higher-is-more-need' ? 1 : -1;
}

export function orient(values: readonly (number | null)[], direction: Direction): (number | null)[] {
  if (direction === 'higher-is-more-need') return values.slice();
  return values.map((v) => (v === null ? null : -v));
}
