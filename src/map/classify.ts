import { scaleQuantile, scaleQuantize, scaleThreshold } from 'd3-scale';
import { mean, populationSd } from '../index/normalise.ts';

/**
 * Classification: the scale between index values and the five colours.
 * Every method yields four thresholds; class k holds values ≥ threshold k−1
 * and < threshold k (d3's scaleThreshold semantics), so the legend can show
 * exact limits and fixed limits can be reused while the weights move.
 */
export type ClassificationMethod = 'quantile' | 'equal' | 'stddev';
export const CLASSIFICATION_METHODS: readonly ClassificationMethod[] = ['quantile', 'equal', 'stddev'];

export const CLASS_COUNT = 5;

export interface Classification {
  method: ClassificationMethod;
  thresholds: number[];
  /** Lowest and highest value classified, for the legend's outer limits. */
  extent: [number, number];
}

export function classify(values: readonly (number | null)[], method: ClassificationMethod): Classification | null {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (xs.length === 0) return null;
  const extent: [number, number] = [Math.min(...xs), Math.max(...xs)];
  const classes = [0, 1, 2, 3, 4];
  let thresholds: number[];
  if (method === 'quantile') {
    thresholds = scaleQuantile<number>().domain(xs).range(classes).quantiles();
  } else if (method === 'equal') {
    thresholds = scaleQuantize<number>().domain(extent).range(classes).thresholds();
  } else {
    // As SCB's områdestyper: ≥ μ+2σ, ≥ μ+σ, ≥ μ, ≥ μ−σ, below.
    const m = mean(xs);
    const sd = populationSd(xs);
    thresholds = [m - sd, m, m + sd, m + 2 * sd];
  }
  return { method, thresholds, extent };
}

/** Class 0–4 of a value under a classification; null for missing values. */
export function classOf(value: number | null, classification: Classification): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return scaleThreshold<number, number>().domain(classification.thresholds).range([0, 1, 2, 3, 4])(value);
}
