/**
 * Seeded pseudo-random numbers, so a Monte Carlo result can be reproduced
 * from the seed shown next to it. mulberry32 (Tommy Ettinger, public domain)
 * is small, fast and passes the usual statistical test batteries for runs of
 * this size; cryptographic quality is not needed here.
 */
export interface Random {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
  /** Gamma(shape, 1). */
  gamma(shape: number): number;
}

export function createRandom(seed: number): Random {
  let state = seed | 0;

  const uniform = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  // Inversion: one uniform per normal, no rejection loop. The Monte Carlo
  // draws millions of these for sampling noise; this halved their cost
  // against Marsaglia's polar method.
  const normal = () => inverseNormalCdf(1 - uniform());

  // Marsaglia & Tsang (2000), "A simple method for generating gamma
  // variables"; shapes below 1 use the boost Gamma(a) = Gamma(a + 1)·U^(1/a).
  const gamma = (shape: number): number => {
    if (!(shape > 0)) return 0;
    if (shape < 1) return gamma(shape + 1) * Math.pow(1 - uniform(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = uniform();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  };

  return { uniform, normal, gamma };
}

/**
 * One draw from a Dirichlet(alpha) distribution into `out`: independent
 * gammas divided by their sum. A component with alpha 0 is always 0, so a
 * variable the user weighted 0 stays out of every draw.
 */
export function drawDirichlet(alpha: ArrayLike<number>, random: Random, out: Float64Array, offset = 0): void {
  let sum = 0;
  for (let j = 0; j < alpha.length; j++) {
    const g = random.gamma(alpha[j]);
    out[offset + j] = g;
    sum += g;
  }
  if (sum === 0) {
    // Vanishingly unlikely (all gammas underflowed): fall back to the mean.
    const total = Array.from(alpha).reduce((a, b) => a + b, 0);
    for (let j = 0; j < alpha.length; j++) out[offset + j] = alpha[j] / total;
    return;
  }
  for (let j = 0; j < alpha.length; j++) out[offset + j] /= sum;
}

/**
 * Φ⁻¹(p) for 0 < p < 1 by Peter Acklam's rational approximation (2003;
 * relative error below 1.2·10⁻⁹), ample for simulation.
 */
export function inverseNormalCdf(p: number): number {
  const LOW = 0.02425;
  if (p < LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  if (p > 1 - LOW) return -inverseNormalCdf(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
