/**
 * First-order sensitivity of the ranks to one uncertain input X (a weight,
 * or the choice of normalisation): the share of the variance of the ranks
 * that knowing X alone would remove,
 *
 *     S_X = Σ_areas Var(E[rank | X]) / Σ_areas Var(rank).
 *
 * For one area this is the classic first-order (Sobol) index, which for
 * dependent inputs such as Dirichlet weights is Pearson's correlation ratio
 * η². Summing numerator and denominator over areas gives the generalised
 * index for a vector output (Gamboa, Janon, Klein & Lagnoux 2014,
 * "Sensitivity analysis for multidimensional and functional outputs",
 * Electronic Journal of Statistics 8:575–603; Lamboni, Monod & Makowski
 * 2011): areas whose rank never moves do not dilute it.
 *
 * Estimator: "given data" binning (Plischke, Borgonovo & Smith 2013, "Global
 * sensitivity measures from given data", EJOR 226:536–550), so the same
 * Monte Carlo samples serve every input and no extra model runs are needed.
 * The samples are split into M ≈ √N equally full bins of X, and
 * Var(E[rank | X]) is the between-bin variance component of a one-way
 * ANOVA, (MSB − MSW)/n₀, which removes the upward bias of the raw variance of
 * bin means (about M/N of the total; Searle, Casella & McCulloch 1992,
 * "Variance Components", ch. 3). A variable that cannot move the ranks
 * therefore gets ≈ 0 rather than ≈ M/N. For a categorical X (the
 * normalisation) the categories are the bins.
 */

/** Bins with (nearly) equal numbers of samples, by the order of x. */
export function equalCountBins(x: Float64Array, bins: number): { bin: Uint8Array; bins: number; constant: boolean } {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const bin = new Uint8Array(n);
  const lo = n > 0 ? x[order[0]] : 0;
  const hi = n > 0 ? x[order[n - 1]] : 0;
  const constant = n === 0 || hi - lo <= 1e-12 * Math.max(1, Math.abs(hi));
  if (constant) return { bin, bins: 1, constant };
  const m = Math.max(2, Math.min(bins, 255, n));
  for (let r = 0; r < n; r++) bin[order[r]] = Math.min(m - 1, Math.floor((r * m) / n));
  return { bin, bins: m, constant };
}

/** The bin count used for N samples: √N, at most 50 (the bias correction
 * handles the rest). */
export function binsFor(samples: number): number {
  return Math.max(2, Math.min(50, Math.floor(Math.sqrt(samples))));
}

/**
 * Between-group variance component for one output from grouped sums.
 * `groupSums[g]` and `groupCounts[g]` are the sum and count of the output in
 * group g; `sumSquares` the sum of squared outputs over all samples.
 */
export function betweenGroupVariance(groupSums: ArrayLike<number>, groupCounts: ArrayLike<number>, sumSquares: number): number {
  let n = 0;
  let total = 0;
  let groups = 0;
  let sumCountSquares = 0;
  for (let g = 0; g < groupCounts.length; g++) {
    if (groupCounts[g] === 0) continue;
    n += groupCounts[g];
    total += groupSums[g];
    sumCountSquares += groupCounts[g] * groupCounts[g];
    groups++;
  }
  if (groups < 2 || n <= groups) return 0;
  const grand = total / n;
  let between = 0;
  let explained = 0;
  for (let g = 0; g < groupCounts.length; g++) {
    const c = groupCounts[g];
    if (c === 0) continue;
    const m = groupSums[g] / c;
    between += c * (m - grand) * (m - grand);
    explained += c * m * m;
  }
  const msb = between / (groups - 1);
  const msw = Math.max(0, sumSquares - explained) / (n - groups);
  const n0 = (n - sumCountSquares / n) / (groups - 1);
  return (msb - msw) / n0;
}

/** Population variance from a sum and a sum of squares. */
export function varianceOf(sum: number, sumSquares: number, n: number): number {
  if (n === 0) return 0;
  const m = sum / n;
  return Math.max(0, sumSquares / n - m * m);
}
