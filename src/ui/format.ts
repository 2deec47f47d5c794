/** Index values on a 0–100 scale need fewer decimals than z-scores. */
export function indexDecimals([lo, hi]: readonly [number, number]): number {
  return Math.max(Math.abs(lo), Math.abs(hi)) >= 10 ? 1 : 2;
}
