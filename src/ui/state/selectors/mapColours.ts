/** Colours that replace the index classes on the map: the probability of
 * being in the top N, or the rank change between two weightings. */
import { createSelector } from 'reselect';
import type { AreaUncertainty } from '../../../index/uncertainty/simulate.ts';
import { PROBABILITY_COLOURS, probabilityClass } from '../../../map/probabilityColours.ts';
import type { MapColour } from '../view.ts';
import type { ChangeView } from './change.ts';
import type { Comparison, RGB } from './comparison.ts';

export type ColourOverride = ReadonlyMap<string, RGB | null>;

export const selectProbabilityColours = createSelector(
  [(codes: readonly string[]) => codes, (_: readonly string[], byCode: ReadonlyMap<string, AreaUncertainty>) => byCode],
  (codes, byCode): ColourOverride =>
    new Map(codes.map((code) => {
      const u = byCode.get(code);
      return [code, u ? PROBABILITY_COLOURS[probabilityClass(u.pTop)] : null] as const;
    })),
);

/** The change map, or probability colours when asked for, else rank change when comparing, else none. */
export function colourOverride(
  mapColour: MapColour,
  codes: readonly string[],
  uncertaintyByCode: ReadonlyMap<string, AreaUncertainty>,
  comparison: Comparison | null,
  change: ChangeView | null,
): ColourOverride | null {
  if (mapColour === 'change') return change?.colourByCode ?? null;
  if (mapColour === 'probability') return selectProbabilityColours(codes, uncertaintyByCode);
  return comparison?.colourByCode ?? null;
}
