/**
 * Colours for the probability of being in the top N: ColorBrewer Purples, a
 * hue of its own so the map never reads as the index. Classes follow plain
 * words rather than equal steps: almost never (< 5 %), seldom, uncertain
 * (25–75 %), mostly, almost always (≥ 95 %).
 */
export const PROBABILITY_COLOURS: readonly [number, number, number][] = [
  [242, 240, 247],
  [203, 201, 226],
  [158, 154, 200],
  [117, 107, 177],
  [84, 39, 143],
];

export const PROBABILITY_LIMITS = [0.05, 0.25, 0.75, 0.95] as const;

export function probabilityClass(p: number): number {
  let k = 0;
  while (k < PROBABILITY_LIMITS.length && p >= PROBABILITY_LIMITS[k]) k++;
  return k;
}

/** Legend rows, highest class first; `labels` name them in that order. */
export function probabilityLegendRows(labels: readonly string[]) {
  return PROBABILITY_COLOURS.map((colour, cls) => ({ cls, colour })).reverse().map((row, i) => ({ ...row, label: labels[i] }));
}
