/**
 * How far the Monte Carlo lets the weights wander from the user's choice.
 *
 * Weights are drawn from a Dirichlet distribution centred on the current
 * shares: alpha_j = c · share_j. Its concentration c sets the spread; a share
 * p gets standard deviation √(p(1 − p)/(c + 1)). The levels are chosen so a
 * 25 % weight varies by about ±2.5, ±5 and ±10 percentage points. "Uniform"
 * ignores the current weights: every weighting of the variables in use is
 * equally likely (alpha_j = 1), the widest honest question "what if we had
 * no idea how to weight?".
 */
export type WeightSpread = 'small' | 'medium' | 'large' | 'uniform';

export const WEIGHT_SPREADS: readonly WeightSpread[] = ['small', 'medium', 'large', 'uniform'];

const CONCENTRATION: Record<Exclude<WeightSpread, 'uniform'>, number> = {
  small: 299,
  medium: 74,
  large: 17.75,
};

/** Dirichlet parameters for the current shares (which sum to 1). */
export function dirichletAlpha(shares: ArrayLike<number>, spread: WeightSpread): Float64Array {
  const alpha = new Float64Array(shares.length);
  for (let j = 0; j < shares.length; j++) {
    alpha[j] = spread === 'uniform' ? (shares[j] > 0 ? 1 : 0) : CONCENTRATION[spread] * shares[j];
  }
  return alpha;
}

/** Standard deviation, in percentage points, of a weight with this share. */
export function shareSdPp(share: number, spread: WeightSpread, variablesInUse: number): number {
  if (spread === 'uniform') {
    // Dirichlet(1, …, 1): each share is Beta(1, k − 1).
    const k = variablesInUse;
    return k <= 1 ? 0 : 100 * Math.sqrt((k - 1) / (k * k * (k + 1)));
  }
  return 100 * Math.sqrt((share * (1 - share)) / (CONCENTRATION[spread] + 1));
}
