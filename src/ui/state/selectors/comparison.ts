/** Two weightings compared: rank change per area and who enters or leaves the top N. */
import { createSelector } from 'reselect';
import type { Geography } from '../../../data/geography.ts';
import { computeIndex } from '../../../index/compositeIndex.ts';
import { limitTopN } from '../../../index/topN.ts';
import { rankChanges, topNMovers, type RankChange } from '../../../index/rankChange.ts';
import type { IndexOptions } from '../../../index/types.ts';
import { RANK_CHANGE_COLOURS, rankChangeClass } from '../../../map/rankChangeColours.ts';
import type { AppState, ScenarioRef } from '../appState.ts';
import { defaultSettings } from '../view.ts';
import { selectDerivedView, selectSettings } from './derivedView.ts';
import { own } from '../../../index/records.ts';

export type RGB = readonly [number, number, number];

export interface Comparison {
  changes: RankChange[];
  movers: RankChange[];
  colourByCode: ReadonlyMap<string, RGB | null>;
}

/** The weighting a reference stands for, on the variables loaded now. */
export function weightingOf(ref: ScenarioRef, state: AppState): IndexOptions {
  const settings = selectSettings(state);
  const current = { settings, normalisation: state.view.normalisation };
  if (ref === 'current') return current;
  if (ref === 'default') return { settings: defaultSettings(state.dataset.variables, state.defaultKeys), normalisation: 'zscore' };
  const scenario = state.scenarios.saved.find((s) => `scenario:${s.name}` === ref);
  if (!scenario) return current;
  return {
    settings: settings.map((s) => ({ ...s, weight: own(scenario.weights, s.key) ?? 0, direction: own(scenario.directions, s.key) ?? s.direction })),
    normalisation: scenario.normalisation,
  };
}

/** The two weightings and N as one string: equal content hits the cache,
 * so unrelated state changes cost nothing. */
const selectComparedKey = (state: AppState) => {
  const { compare } = state.scenarios;
  return compare ? JSON.stringify([weightingOf(compare.a, state), weightingOf(compare.b, state), state.view.topN]) : null;
};

export const selectComparison: (state: AppState, geography: Geography) => Comparison | null = createSelector(
  [(state: AppState, geography: Geography) => selectDerivedView(state, geography).areas, selectComparedKey],
  (areas, key) => {
    if (key === null) return null;
    const [a, b, chosen] = JSON.parse(key) as [IndexOptions, IndexOptions, number];
    const topN = limitTopN(chosen, areas.length).n;
    const changes = rankChanges(computeIndex(areas, a).scores, computeIndex(areas, b).scores, topN);
    const colourByCode = new Map(changes.map((c) => {
      const cls = rankChangeClass(c.change);
      return [c.code, cls === null ? null : RANK_CHANGE_COLOURS[cls]] as const;
    }));
    return { changes, movers: topNMovers(changes), colourByCode };
  },
);
