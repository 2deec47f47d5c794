/**
 * Diverging colours for change between two years: ColorBrewer BrBG,
 * colour-blind safe. Blue-green = better (less need), brown = worse (more
 * need), near-white = about the same. "Better" is decided by the variable's
 * direction before a colour is picked, so the palette always reads the same.
 */
export const CHANGE_COLOURS: readonly [number, number, number][] = [
  [1, 133, 113],
  [128, 205, 193],
  [245, 245, 245],
  [223, 194, 125],
  [166, 97, 26],
];

/** Class limits, symmetric about zero: |worse| below `small` is "about the same". */
export interface ChangeLimits {
  small: number;
  large: number;
}

/** Limits from the data: a tenth and a half of the largest change, so the
 * classes spread over what moved. Rank change uses fixed places instead. */
export function changeLimits(worsening: readonly (number | null)[]): ChangeLimits {
  const largest = Math.max(0, ...worsening.filter((d): d is number => d !== null).map(Math.abs));
  return { small: largest * 0.1, large: largest * 0.5 };
}

export const RANK_LIMITS: ChangeLimits = { small: 2.5, large: 9.5 };

/** 0 = much better … 4 = much worse; `worsening` > 0 means more need. */
export function changeClass(worsening: number | null, limits: ChangeLimits): number | null {
  if (worsening === null) return null;
  if (worsening <= -limits.large) return 0;
  if (worsening < -limits.small) return 1;
  if (worsening <= limits.small) return 2;
  if (worsening < limits.large) return 3;
  return 4;
}
