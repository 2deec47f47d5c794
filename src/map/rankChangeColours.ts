/**
 * Diverging colours for rank change between two weightings: ColorBrewer PuOr,
 * colour-blind safe. Purple = higher priority under B, orange = lower,
 * near-white = about the same.
 */
export const RANK_CHANGE_COLOURS: readonly [number, number, number][] = [
  [230, 97, 1],
  [253, 184, 99],
  [247, 247, 247],
  [178, 171, 210],
  [94, 60, 153],
];

/** Class limits: ≤ −10, −9…−3, −2…2, 3…9, ≥ 10 places. */
export function rankChangeClass(change: number | null): number | null {
  if (change === null) return null;
  if (change <= -10) return 0;
  if (change < -2) return 1;
  if (change <= 2) return 2;
  if (change < 10) return 3;
  return 4;
}
