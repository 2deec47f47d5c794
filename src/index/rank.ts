/**
 * Rank scores with 1 = highest (greatest need). Ties share the best rank of
 * their group and the next rank skips ("1, 2, 2, 4": standard competition
 * ranking), so a rank always says how many areas are strictly ahead. Missing
 * scores get no rank.
 */
export function rankDescending(scores: readonly (number | null)[]): (number | null)[] {
  const order = scores
    .map((score, i) => ({ score, i }))
    .filter((e): e is { score: number; i: number } => e.score !== null)
    .sort((a, b) => b.score - a.score);
  const ranks: (number | null)[] = scores.map(() => null);
  for (let k = 0; k < order.length; k++) {
    const tiedWithPrevious = k > 0 && isTie(order[k].score, order[k - 1].score);
    ranks[order[k].i] = tiedWithPrevious ? ranks[order[k - 1].i] : k + 1;
  }
  return ranks;
}

/** Floating-point sums of the same numbers in another order may differ in the
 * last bits; such differences are not real differences in need. */
export function isTie(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
