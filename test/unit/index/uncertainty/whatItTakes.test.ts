import { describe, expect, it } from 'vitest';
import { canBeFirst, whatItTakes, type WhatItTakesInput } from '../../../../src/index/uncertainty/whatItTakes.ts';

const matrix = (rows: number[][]) => Float64Array.from(rows.flat());

/** Rank of `target` at weights w, ties in its favour, by direct computation. */
function rankAt(rows: number[][], target: number, w: readonly number[], tiesFavour = true): number {
  const score = (r: number[]) => r.reduce((s, v, j) => s + v * w[j], 0);
  const mine = score(rows[target]);
  return 1 + rows.filter((r, b) => b !== target && (tiesFavour ? score(r) > mine + 1e-9 : score(r) >= mine - 1e-9 && r.some((v, j) => v !== rows[target][j]))).length;
}

/** Every weighting on a grid over the 3-variable simplex. */
function grid(step: number): number[][] {
  const points: number[][] = [];
  for (let i = 0; i <= 1 / step + 1e-9; i++)
    for (let j = 0; i + j <= 1 / step + 1e-9; j++) points.push([i * step, j * step, Math.max(0, 1 - (i + j) * step)]);
  return points;
}

describe('what it would take', () => {
  it('works out a two-variable case by hand', () => {
    // Scores: A = w₁, B = 1 − w₁, C = 0.4. C passes A below w₁ = 0.4 and B
    // above 0.6, never both: best rank 2, worst 3 (now, at 50/50), and the
    // top 2 is 10 points of weight away.
    const rows = [[1, 0], [0, 1], [0.4, 0.4]];
    const r = whatItTakes({ z: matrix(rows), variables: 2, target: 2, shares: [0.5, 0.5], topN: 2 });
    expect(r).toMatchObject({ currentRank: 3, bestRank: 2, worstRank: 3, inTopN: false, exact: true });
    expect(r.change!.distancePp).toBeCloseTo(10, 9);
    expect([0.4, 0.6]).toContainEqual(Number(r.change!.shares[0].toFixed(9)));
  });

  it('says no weighting moves an area first on every variable out of the top N', () => {
    const rows = [[3, 3, 3], [1, 2, 0], [0, 1, 2], [2, 0, 1]];
    const r = whatItTakes({ z: matrix(rows), variables: 3, target: 0, shares: [1 / 3, 1 / 3, 1 / 3], topN: 1 });
    expect(r).toMatchObject({ currentRank: 1, bestRank: 1, worstRank: 1, inTopN: true, change: null });
  });

  it('says no weighting brings an area last on every variable into the top N', () => {
    const rows = [[-3, -3, -3], [1, 2, 0], [0, 1, 2], [2, 0, 1]];
    const r = whatItTakes({ z: matrix(rows), variables: 3, target: 0, shares: [0.2, 0.3, 0.5], topN: 3 });
    expect(r).toMatchObject({ currentRank: 4, bestRank: 4, worstRank: 4, change: null });
  });

  it('with one variable, the rank is what it is', () => {
    const r = whatItTakes({ z: matrix([[2], [1], [3]]), variables: 1, target: 1, shares: [1], topN: 2 });
    expect(r).toMatchObject({ currentRank: 3, bestRank: 3, worstRank: 3, change: null });
  });

  it('counts an identical area as tied, never ahead', () => {
    const rows = [[1, 2], [1, 2], [0, 0]];
    const r = whatItTakes({ z: matrix(rows), variables: 2, target: 0, shares: [0.5, 0.5], topN: 1 });
    expect([r.bestRank, r.worstRank]).toEqual([1, 1]);
  });

  // Random cases checked against a fine grid of weightings: the grid can
  // never do better than the exact answer, and comes close to it.
  const cases = Array.from({ length: 12 }, (_, seed) => {
    let s = seed + 1;
    const next = () => ((s = (s * 48271) % 2147483647) / 2147483647) * 4 - 2;
    const rows = Array.from({ length: 25 }, () => [next(), next(), next()]);
    return { seed, rows, target: seed % 25, topN: 3 + (seed % 8) };
  });
  it.each(cases)('agrees with a grid search (case $seed)', ({ rows, target, topN }) => {
    const shares = [0.5, 0.3, 0.2];
    const input: WhatItTakesInput = { z: matrix(rows), variables: 3, target, shares, topN };
    const r = whatItTakes(input);
    expect(r.currentRank).toBe(rankAt(rows, target, shares));
    let gridBest = Infinity;
    let gridWorst = -Infinity;
    let gridDistance = Infinity;
    for (const w of grid(0.01)) {
      const favourable = rankAt(rows, target, w);
      gridBest = Math.min(gridBest, favourable);
      gridWorst = Math.max(gridWorst, rankAt(rows, target, w, false));
      const crosses = r.inTopN ? rankAt(rows, target, w, false) > topN : favourable <= topN;
      if (crosses) gridDistance = Math.min(gridDistance, 50 * w.reduce((d, v, j) => d + Math.abs(v - shares[j]), 0));
    }
    expect(r.bestRank).toBeLessThanOrEqual(gridBest);
    expect(r.worstRank).toBeGreaterThanOrEqual(gridWorst);
    expect(gridBest - r.bestRank).toBeLessThanOrEqual(1);
    expect(r.worstRank - gridWorst).toBeLessThanOrEqual(1);
    if (r.change === null) expect(gridDistance).toBe(Infinity);
    else {
      expect(r.change.distancePp).toBeLessThanOrEqual(gridDistance + 1e-9);
      expect(gridDistance - r.change.distancePp).toBeLessThan(2);
      // The weighting it names really does it (boundaries in the limit).
      const w = r.change.shares;
      expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      if (r.inTopN) expect(rankAt(rows, target, w, false)).toBeGreaterThan(topN);
      else expect(rankAt(rows, target, w)).toBeLessThanOrEqual(topN);
    }
  });
});

describe('which areas some weighting puts first', () => {
  it('agrees with the best rank from the full enumeration, area by area', () => {
    let s = 11;
    const next = () => ((s = (s * 48271) % 2147483647) / 2147483647) * 4 - 2;
    const rows = Array.from({ length: 40 }, () => [next(), next(), next(), next()]);
    const z = matrix(rows);
    const firsts = rows.map((_, target) => canBeFirst(z, 4, target));
    const expected = rows.map((_, target) => whatItTakes({ z, variables: 4, target, shares: [0.25, 0.25, 0.25, 0.25], topN: 1 }).bestRank === 1);
    expect(firsts).toEqual(expected);
    expect(firsts.filter(Boolean).length).toBeGreaterThan(1);
    expect(firsts.filter((x) => !x).length).toBeGreaterThan(1);
  });

  it('never puts first an area beaten on every variable by another', () => {
    expect(canBeFirst(matrix([[1, 1], [2, 2], [0, 3]]), 2, 0)).toBe(false);
    expect(canBeFirst(matrix([[1, 1], [2, 2], [0, 3]]), 2, 2)).toBe(true);
  });
});
