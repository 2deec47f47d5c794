import { NORMALISATIONS } from '../normalise.ts';
import type { UncertaintyModel } from './model.ts';
import { createRankedNormaliser } from './rankedNormaliser.ts';
import { createRandom, drawDirichlet } from './random.ts';
import { createRanker } from './rankScores.ts';
import { clampRate, rateStandardErrorPp } from './samplingNoise.ts';
import { betweenGroupVariance, binsFor, equalCountBins, varianceOf } from './sensitivity.ts';
import { dirichletAlpha, type WeightSpread } from './weightSpread.ts';

/**
 * Monte Carlo uncertainty analysis of the ranking (OECD/JRC, "Handbook on
 * Constructing Composite Indicators", 2008, steps 7–8). Each sample redraws
 * the uncertain choices – the weights, optionally the normalisation,
 * optionally each rate within its sampling error – recomputes the index and
 * ranks the areas. Statistics are accumulated as it goes, so partial
 * results can be shown while a run continues, and memory does not grow with
 * the number of samples.
 */
export interface SimulationOptions {
  samples: number;
  seed: number;
  spread: WeightSpread;
  drawNormalisation: boolean;
  samplingNoise: boolean;
  topN: number;
}

export interface AreaUncertainty {
  code: string;
  medianRank: number;
  /** 5th and 95th percentile of the rank: 90 % of samples lie between. */
  low: number;
  high: number;
  /** Share of samples with rank ≤ N. */
  pTop: number;
}

export interface SimulationSummary {
  done: number;
  total: number;
  areas: AreaUncertainty[];
  /** First-order sensitivity index per variable in use, in model order. */
  weightSensitivity: { key: string; firstOrder: number }[];
  /** The same for the choice of normalisation, when it is drawn. */
  normalisationSensitivity: number | null;
}

export interface Simulation {
  readonly total: number;
  readonly done: number;
  /** Process up to `count` more samples; returns how many are done. */
  run(count: number): number;
  summary(): SimulationSummary;
}

const MAX_RANK_BINS = 512;

export function createSimulation(model: UncertaintyModel, options: SimulationOptions): Simulation {
  const k = model.keys.length;
  const m = model.ranked.length;
  const total = k === 0 || m === 0 ? 0 : Math.max(0, Math.floor(options.samples));

  // Inputs first, from one seeded stream, so a result never depends on how
  // the run was split into chunks.
  const random = createRandom(options.seed);
  const weights = new Float64Array(total * k);
  const alpha = dirichletAlpha(model.shares, options.spread);
  for (let s = 0; s < total; s++) drawDirichlet(alpha, random, weights, s * k);
  const fixedMethod = NORMALISATIONS.indexOf(model.normalisation);
  const methods = new Uint8Array(total);
  for (let s = 0; s < total; s++) methods[s] = options.drawNormalisation ? Math.floor(random.uniform() * 3) : fixedMethod;
  const noise = createRandom(options.seed ^ 0x9e3779b9);

  const binCount = binsFor(total);
  const weightBins = Array.from({ length: k }, (_, j) =>
    equalCountBins(Float64Array.from({ length: total }, (_, s) => weights[s * k + j]), binCount),
  );

  // Without noise the normalised values are the same in every sample. With
  // it, each rate is redrawn from its standard error, worked out once.
  const standardErrors = Float64Array.from(model.raw, (raw, cell) => (Number.isNaN(raw) ? 0 : rateStandardErrorPp(raw, model.sampleSize[cell])));
  const redrawn = new Float64Array(model.raw.length);
  const redraw = () => {
    for (let cell = 0; cell < redrawn.length; cell++) {
      const se = standardErrors[cell];
      redrawn[cell] = se > 0 ? clampRate(model.raw[cell] + se * noise.normal()) : model.raw[cell];
    }
    return redrawn;
  };
  const normalise = createRankedNormaliser(model);
  const fixed = options.samplingNoise
    ? null
    : NORMALISATIONS.map((method, i) => (options.drawNormalisation || i === fixedMethod ? normalise(method) : null));
  const scratch = new Float64Array(m * k);

  // Accumulators.
  const rankBinWidth = Math.max(1, Math.ceil(m / MAX_RANK_BINS));
  const rankBins = Math.ceil(m / rankBinWidth);
  const histogram = new Uint32Array(m * rankBins);
  const inTop = new Uint32Array(m);
  const sum = new Float64Array(m);
  const sumSquares = new Float64Array(m);
  // Laid out variable × bin × area, so one sample's writes run along memory:
  // with 10,000 areas an area-major layout spent most of the run on cache misses.
  const weightBinSums = new Float64Array(k * binCount * m);
  const weightBinCounts = new Float64Array(k * binCount);
  const methodSums = new Float64Array(m * 3);
  const methodCounts = new Float64Array(3);

  const scores = new Float64Array(m);
  const rank = createRanker(m);
  const ranks = new Uint32Array(m);
  let done = 0;

  function run(count: number): number {
    const end = Math.min(total, done + count);
    for (let s = done; s < end; s++) {
      const method = methods[s];
      const z = fixed ? fixed[method]! : normalise(NORMALISATIONS[method], redraw(), scratch);
      for (let r = 0; r < m; r++) {
        let score = 0;
        for (let j = 0; j < k; j++) score += weights[s * k + j] * z[r * k + j];
        scores[r] = score;
      }
      rank(scores, ranks);
      for (let j = 0; j < k; j++) weightBinCounts[j * binCount + weightBins[j].bin[s]]++;
      methodCounts[method]++;
      for (let j = 0; j < k; j++) {
        const offset = (j * binCount + weightBins[j].bin[s]) * m;
        for (let r = 0; r < m; r++) weightBinSums[offset + r] += ranks[r];
      }
      for (let r = 0; r < m; r++) {
        const place = ranks[r];
        histogram[r * rankBins + Math.floor((place - 1) / rankBinWidth)]++;
        if (place <= options.topN) inTop[r]++;
        sum[r] += place;
        sumSquares[r] += place * place;
        methodSums[r * 3 + method] += place;
      }
    }
    done = end;
    return done;
  }

  function quantile(r: number, q: number): number {
    const target = q * done;
    let cumulative = 0;
    for (let b = 0; b < rankBins; b++) {
      cumulative += histogram[r * rankBins + b];
      if (cumulative >= target && cumulative > 0) return rankBinWidth === 1 ? b + 1 : b * rankBinWidth + (rankBinWidth + 1) / 2;
    }
    return m;
  }

  function summary(): SimulationSummary {
    const areas: AreaUncertainty[] =
      done === 0
        ? []
        : Array.from(model.ranked, (i, r) => ({
            code: model.codes[i],
            medianRank: quantile(r, 0.5),
            low: quantile(r, 0.05),
            high: quantile(r, 0.95),
            pTop: inTop[r] / done,
          }));
    let totalVariance = 0;
    for (let r = 0; r < m; r++) totalVariance += varianceOf(sum[r], sumSquares[r], done);
    const index = (explained: (r: number) => number) => {
      if (totalVariance <= 0) return 0;
      let between = 0;
      for (let r = 0; r < m; r++) between += explained(r);
      return Math.min(1, Math.max(0, between / totalVariance));
    };
    const groupSums = new Float64Array(binCount);
    const weightSensitivity = model.keys.map((key, j) => ({
      key,
      firstOrder: weightBins[j].constant
        ? 0
        : index((r) => {
            for (let b = 0; b < binCount; b++) groupSums[b] = weightBinSums[(j * binCount + b) * m + r];
            return betweenGroupVariance(groupSums, weightBinCounts.subarray(j * binCount, (j + 1) * binCount), sumSquares[r]);
          }),
    }));
    const normalisationSensitivity = options.drawNormalisation
      ? index((r) => betweenGroupVariance(methodSums.subarray(r * 3, r * 3 + 3), methodCounts, sumSquares[r]))
      : null;
    return { done, total, areas, weightSensitivity, normalisationSensitivity };
  }

  return {
    get total() {
      return total;
    },
    get done() {
      return done;
    },
    run,
    summary,
  };
}
