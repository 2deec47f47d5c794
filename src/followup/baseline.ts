import type { SeriesPoint } from './groupMean.ts';

/** Fewer points than this make no trend. */
export const MIN_BASELINE_POINTS = 3;

export interface Baseline {
  /** Least-squares line through the years before the start: value = intercept + slope·year. */
  slope: number;
  intercept: number;
  /** The years the line was fitted on. */
  fittedYears: number[];
  /** The line's value in a year. */
  at: (year: number) => number;
}

/**
 * "Turning the curve": the trend of the years before the start, drawn on as
 * the baseline the area would follow without the effort. Fitted on the
 * years from `fromYear` (a series break, say) up to the year before the
 * start; missing years are skipped, never filled in.
 */
export function projectedBaseline(points: readonly SeriesPoint[], startYear: number, fromYear = -Infinity): Baseline | null {
  const used = points.filter((p): p is { year: number; value: number } => p.value !== null && p.year < startYear && p.year >= fromYear);
  if (used.length < MIN_BASELINE_POINTS) return null;
  const n = used.length;
  const meanYear = used.reduce((s, p) => s + p.year, 0) / n;
  const meanValue = used.reduce((s, p) => s + p.value, 0) / n;
  const sxx = used.reduce((s, p) => s + (p.year - meanYear) ** 2, 0);
  const sxy = used.reduce((s, p) => s + (p.year - meanYear) * (p.value - meanValue), 0);
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = meanValue - slope * meanYear;
  return { slope, intercept, fittedYears: used.map((p) => p.year), at: (year) => intercept + slope * year };
}

/** Where the latest value stands against the baseline: positive = above it. */
export function againstBaseline(points: readonly SeriesPoint[], baseline: Baseline): { year: number; value: number; expected: number; difference: number } | null {
  const latest = [...points].reverse().find((p) => p.value !== null);
  if (!latest || latest.value === null) return null;
  const expected = baseline.at(latest.year);
  return { year: latest.year, value: latest.value, expected, difference: latest.value - expected };
}
