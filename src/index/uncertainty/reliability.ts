import { isRate, sampleSizeOf } from './model.ts';
import { rateStandardErrorPp } from './samplingNoise.ts';
import type { AreaValues, VariableDefinition } from '../types.ts';

/**
 * Small-area reliability. A rate is flagged when its 95 % margin of error,
 * 1.96 binomial standard errors, exceeds MAX_MARGIN_PP percentage points:
 * then the area's value could plausibly be that far from the true rate and
 * its place in the ranking rests on chance as much as on need. Fifteen points is
 * a wide tolerance on purpose – a flag should mark the clearly unstable, not
 * half the city.
 */
export const MAX_MARGIN_PP = 15;

export interface Reliability {
  code: string;
  /** The widest 95 % margin of error among the rates in use (pp), or null
   * when the area's population is unknown. */
  marginPp: number | null;
  /** The variable with that margin. */
  variable: string | null;
  unreliable: boolean;
}

export function reliabilityOf(area: AreaValues, variables: readonly VariableDefinition[], inUse: ReadonlySet<string>): Reliability {
  let marginPp: number | null = 0;
  let variable: string | null = null;
  for (const v of variables) {
    if (!inUse.has(v.key) || !isRate(v)) continue;
    const value = area.values[v.key];
    if (value === null || value === undefined) continue;
    const size = sampleSizeOf(area, v);
    if (size === 0) return { code: area.code, marginPp: null, variable: v.key, unreliable: true };
    const margin = 1.96 * rateStandardErrorPp(value, size);
    if (margin > marginPp) {
      marginPp = margin;
      variable = v.key;
    }
  }
  return { code: area.code, marginPp, variable, unreliable: marginPp > MAX_MARGIN_PP };
}
