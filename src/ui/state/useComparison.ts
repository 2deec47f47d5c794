import { useMemo } from 'react';
import { computeIndex } from '../../index/compositeIndex.ts';
import { rankChanges, topNMovers, type RankChange } from '../../index/rankChange.ts';
import type { AreaValues, Normalisation, VariableSetting } from '../../index/types.ts';
import { RANK_CHANGE_COLOURS, rankChangeClass } from '../../map/rankChangeColours.ts';
import { defaultSettings, type AppState, type ScenarioRef } from './appState.ts';

export interface Comparison {
  changes: RankChange[];
  movers: RankChange[];
  colourByCode: Map<string, readonly [number, number, number] | null>;
}

/** The weighting a reference stands for, on the variables loaded now. */
export function weightingOf(ref: ScenarioRef, state: AppState, defaultKeys: ReadonlySet<string>): { settings: VariableSetting[]; normalisation: Normalisation } {
  if (ref === 'current') return { settings: state.settings, normalisation: state.normalisation };
  if (ref === 'default') return { settings: defaultSettings(state.dataset.variables, defaultKeys), normalisation: 'zscore' };
  const scenario = state.scenarios.find((s) => `scenario:${s.name}` === ref);
  if (!scenario) return { settings: state.settings, normalisation: state.normalisation };
  return {
    settings: state.settings.map((s) => ({ ...s, weight: scenario.weights[s.key] ?? 0, direction: scenario.directions[s.key] ?? s.direction })),
    normalisation: scenario.normalisation,
  };
}

export function useComparison(state: AppState, areas: readonly AreaValues[], defaultKeys: ReadonlySet<string>): Comparison | null {
  const { compare, topN } = state;
  const a = compare ? weightingOf(compare.a, state, defaultKeys) : null;
  const b = compare ? weightingOf(compare.b, state, defaultKeys) : null;
  // Keyed on the weightings' content so unrelated state changes cost nothing.
  const key = JSON.stringify([a, b, topN]);
  return useMemo(() => {
    if (!a || !b) return null;
    const changes = rankChanges(computeIndex(areas, a).scores, computeIndex(areas, b).scores, topN);
    const colourByCode = new Map(changes.map((c) => {
      const cls = rankChangeClass(c.change);
      return [c.code, cls === null ? null : RANK_CHANGE_COLOURS[cls]] as const;
    }));
    return { changes, movers: topNMovers(changes), colourByCode };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [areas, key]);
}
