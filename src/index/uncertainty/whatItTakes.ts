import { createRandom, drawDirichlet } from './random.ts';

/**
 * What it would take: for one area, the best and worst rank that any
 * weighting of the variables in use can give it, and the smallest change of
 * the weights that moves it into (or out of) the top N.
 *
 * With normalised values fixed, every area's index is linear in the weight
 * shares w (on the simplex Σw = 1, w ≥ 0): area b is ahead of area a exactly
 * where (z_b − z_a)·w > 0. These hyperplanes cut the simplex into cells in
 * which the rank is constant. Every optimum asked for here lies at a vertex
 * of that arrangement – where k − 1 of the planes (or the simplex's own faces
 * w_j = 0) meet – because the set of weightings giving a rank is a union of
 * polytopes and a linear programme attains its optimum at a vertex. For the
 * smallest change, measured as ½·Σ|w_j − w⁰_j| (the weight moved from some
 * variables to others, in percentage points), the kinks of |w_j − w⁰_j| add
 * the planes w_j = w⁰_j. So all vertices are enumerated and checked: exact,
 * and fast for up to four or five variables. With more, the number of
 * vertices explodes and a large random sample of weightings is searched
 * instead (`exact: false`).
 *
 * Boundaries count in the area's favour when asking how far it can rise and
 * against it when asking how far it can fall: a weighting that makes two
 * areas exactly equal is the limit of weightings on either side.
 */
export interface WhatItTakesInput {
  /** Normalised, direction-adjusted values of the ranked areas, row-major
   * areas × variables (only variables in use). */
  z: Float64Array;
  variables: number;
  /** Row of the area asked about. */
  target: number;
  /** Current weight shares, summing to 1. */
  shares: readonly number[];
  topN: number;
}

export interface WeightChange {
  /** ½·Σ|w − w⁰| in percentage points. */
  distancePp: number;
  /** The nearest weighting that does it (shares summing to 1). */
  shares: number[];
}

export interface WhatItTakes {
  currentRank: number;
  bestRank: number;
  worstRank: number;
  inTopN: boolean;
  /** Nearest weighting across the top-N line; null when no weighting does. */
  change: WeightChange | null;
  /** False when the answer comes from a random search, not enumeration. */
  exact: boolean;
}

const MAX_VERTEX_SYSTEMS = 3_000_000;
const RANDOM_SEARCH_SAMPLES = 50_000;

export function whatItTakes({ z, variables: k, target, shares, topN }: WhatItTakesInput): WhatItTakes {
  const { others, difference, tolerance } = differencesTo(z, k, target);
  const countAt = (w: ArrayLike<number>) => {
    let strictlyAhead = 0;
    let aheadOrLevel = 0;
    for (const b of others) {
      let d = 0;
      for (let j = 0; j < k; j++) d += difference[b * k + j] * w[j];
      if (d > tolerance) strictlyAhead++;
      if (d >= -tolerance) aheadOrLevel++;
    }
    return { strictlyAhead, aheadOrLevel };
  };

  const currentRank = 1 + countAt(shares).strictlyAhead;
  const inTopN = currentRank <= topN;
  let best = currentRank;
  let worst = currentRank;
  let change: WeightChange | null = null;

  const consider = (w: ArrayLike<number>) => {
    const { strictlyAhead, aheadOrLevel } = countAt(w);
    best = Math.min(best, 1 + strictlyAhead);
    worst = Math.max(worst, 1 + aheadOrLevel);
    const crosses = inTopN ? aheadOrLevel >= topN : strictlyAhead < topN;
    if (!crosses) return;
    let distance = 0;
    for (let j = 0; j < k; j++) distance += Math.abs(w[j] - shares[j]);
    const distancePp = 50 * distance;
    if (change === null || distancePp < change.distancePp - 1e-9) change = { distancePp, shares: Array.from(w) };
  };

  const planes = hyperplanes(k, shares, others, difference);
  const exact = combinations(planes.length, k - 1) <= MAX_VERTEX_SYSTEMS;
  if (exact) forEachVertex(planes, k, consider);
  else {
    const random = createRandom(1);
    const w = new Float64Array(k);
    const ones = new Float64Array(k).fill(1);
    for (let s = 0; s < RANDOM_SEARCH_SAMPLES; s++) {
      drawDirichlet(ones, random, w);
      consider(w);
    }
    for (let j = 0; j < k; j++) consider(Array.from({ length: k }, (_, i) => (i === j ? 1 : 0)));
  }
  return { currentRank, bestRank: best, worstRank: worst, inTopN, change, exact };
}

/** Differences to every other area; identical areas are always tied and
 * can neither pass nor be passed, so they take no part. */
function differencesTo(z: Float64Array, k: number, target: number) {
  const m = z.length / k;
  // A loop, not Math.max(...z): spreading tens of thousands of values
  // overflows the argument limit.
  let scale = 1;
  for (let i = 0; i < z.length; i++) scale = Math.max(scale, Math.abs(z[i]));
  const tolerance = 1e-9 * scale;
  const others: number[] = [];
  const difference = new Float64Array(m * k);
  for (let b = 0; b < m; b++) {
    if (b === target) continue;
    let identical = true;
    for (let j = 0; j < k; j++) {
      const d = z[b * k + j] - z[target * k + j];
      difference[b * k + j] = d;
      if (Math.abs(d) > tolerance) identical = false;
    }
    if (!identical) others.push(b);
  }
  return { others, difference, tolerance };
}

/**
 * Whether some weighting puts the area first (shared first place counts):
 * the same vertex enumeration, stopped at the first vertex with no area
 * ahead, and each vertex abandoned at the first area ahead of it – so this
 * is fast enough to ask of every area. Exact only up to the same size as
 * whatItTakes(); beyond it, null (unknown).
 */
export function canBeFirst(z: Float64Array, k: number, target: number): boolean | null {
  const { others, difference, tolerance } = differencesTo(z, k, target);
  const planes = hyperplanes(k, new Array(k).fill(0), others, difference);
  if (combinations(planes.length, k - 1) > MAX_VERTEX_SYSTEMS) return null;
  let found = false;
  forEachVertex(planes, k, (w) => {
    for (const b of others) {
      let d = 0;
      for (let j = 0; j < k; j++) d += difference[b * k + j] * w[j];
      if (d > tolerance) return false;
    }
    found = true;
    return true;
  });
  return found;
}

interface Plane {
  normal: Float64Array;
  offset: number;
}

function hyperplanes(k: number, shares: readonly number[], others: readonly number[], difference: Float64Array): Plane[] {
  const planes: Plane[] = others.map((b) => ({ normal: difference.slice(b * k, (b + 1) * k), offset: 0 }));
  for (let j = 0; j < k; j++) {
    const unit = new Float64Array(k);
    unit[j] = 1;
    planes.push({ normal: unit, offset: 0 });
    if (shares[j] > 0 && shares[j] < 1) planes.push({ normal: unit, offset: shares[j] });
  }
  return planes;
}

function combinations(n: number, r: number): number {
  let c = 1;
  for (let i = 0; i < r; i++) c = (c * (n - i)) / (i + 1);
  return c;
}

/** Every point of the simplex where k − 1 of the planes meet, until
 * `visit` returns true. */
function forEachVertex(planes: readonly Plane[], k: number, visit: (w: Float64Array) => boolean | void): void {
  const w = new Float64Array(k);
  if (k === 1) {
    w[0] = 1;
    visit(w);
    return;
  }
  let stopped = false;
  const chosen = new Int32Array(k - 1);
  const a = new Float64Array(k * k);
  const rhs = new Float64Array(k);
  const recurse = (depth: number, start: number) => {
    if (stopped) return;
    if (depth === k - 1) {
      for (let r = 0; r < k - 1; r++) {
        const plane = planes[chosen[r]];
        for (let j = 0; j < k; j++) a[r * k + j] = plane.normal[j];
        rhs[r] = plane.offset;
      }
      for (let j = 0; j < k; j++) a[(k - 1) * k + j] = 1;
      rhs[k - 1] = 1;
      if (!solve(a, rhs, k, w)) return;
      for (let j = 0; j < k; j++) {
        if (w[j] < -1e-9) return;
        if (w[j] < 0) w[j] = 0;
      }
      if (visit(w) === true) stopped = true;
      return;
    }
    for (let p = start; p <= planes.length - (k - 1 - depth); p++) {
      chosen[depth] = p;
      recurse(depth + 1, p + 1);
    }
  };
  recurse(0, 0);
}

/** Gaussian elimination with partial pivoting; false when singular. Works
 * in place on `a` and `b`. */
function solve(a: Float64Array, b: Float64Array, k: number, out: Float64Array): boolean {
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(a[r * k + col]) > Math.abs(a[pivot * k + col])) pivot = r;
    if (Math.abs(a[pivot * k + col]) < 1e-12) return false;
    if (pivot !== col) {
      for (let j = 0; j < k; j++) [a[col * k + j], a[pivot * k + j]] = [a[pivot * k + j], a[col * k + j]];
      [b[col], b[pivot]] = [b[pivot], b[col]];
    }
    for (let r = col + 1; r < k; r++) {
      const f = a[r * k + col] / a[col * k + col];
      if (f === 0) continue;
      for (let j = col; j < k; j++) a[r * k + j] -= f * a[col * k + j];
      b[r] -= f * b[col];
    }
  }
  for (let r = k - 1; r >= 0; r--) {
    let s = b[r];
    for (let j = r + 1; j < k; j++) s -= a[r * k + j] * out[j];
    out[r] = s / a[r * k + r];
  }
  return true;
}
