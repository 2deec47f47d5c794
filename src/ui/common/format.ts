/** Index values on a 0–100 scale need fewer decimals than z-scores. */
export function indexDecimals([lo, hi]: readonly [number, number]): number {
  return Math.max(Math.abs(lo), Math.abs(hi)) >= 10 ? 1 : 2;
}

/** "lower – upper" per class (class 0 first), or '–' without a classification. */
export function classRangeLabels(
  classification: { thresholds: number[]; extent: [number, number] } | null,
  number: (value: number, decimals: number) => string,
  classCount: number,
): string[] {
  if (!classification) return Array.from({ length: classCount }, () => '–');
  const decimals = indexDecimals(classification.extent);
  const limits = [classification.extent[0], ...classification.thresholds, classification.extent[1]];
  return Array.from({ length: classCount }, (_, k) => `${number(limits[k], decimals)} – ${number(limits[k + 1], decimals)}`);
}
