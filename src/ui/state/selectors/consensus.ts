/** The participants' weightings: their median, and the areas in every top N. */
import { createSelector } from 'reselect';
import type { Geography } from '../../../data/geography.ts';
import { medianShares, topNUnderAll } from '../../../index/consensus.ts';
import type { AppState } from '../appState.ts';
import { selectDerivedView } from './derivedView.ts';

export interface Consensus {
  /** Per variable, the median of the participants' shares (0–1). */
  median: Record<string, number>;
  /** Areas in the top N under every participant's weighting. */
  robust: string[];
}

export const selectConsensus: (state: AppState, geography: Geography) => Consensus = createSelector(
  [
    (state: AppState, geography: Geography) => selectDerivedView(state, geography),
    (state: AppState) => state.participants.list,
    (state: AppState) => state.view.normalisation,
  ],
  (derived, participants, normalisation) => ({
    median: medianShares(participants, derived.settings.map((s) => s.key)),
    robust: topNUnderAll(derived.areas, participants, { normalisation, settings: derived.settings }, derived.topN.n),
  }),
);
