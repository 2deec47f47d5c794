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
  let spareNormal: number | null = null;

  const uniform = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  // Marsaglia's polar method gives two normals per accepted pair.
  const normal = () => {
    if (spareNormal !== null) {
      const n = spareNormal;
      spareNormal = null;
      return n;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = uniform() * 2 - 1;
      v = uniform() * 2 - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    spareNormal = v * f;
    return u * f;
  };

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
