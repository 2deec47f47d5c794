/** The follow-up of the set in view, memoised on the data and the set only. */
import { createSelector } from 'reselect';
import { followUp, type FollowUp } from '../../../followup/followUp.ts';
import type { AppState } from '../appState.ts';

export const selectFollowUp: (state: AppState) => FollowUp | null = createSelector(
  [(s: AppState) => s.dataset, (s: AppState) => s.defaultKeys, (s: AppState) => s.view.followUp],
  (dataset, defaultKeys, set) => {
    if (dataset.years.length === 0) return null;
    // Followed: the index's variables and the outcomes, not every extra column.
    const variables = dataset.variables.filter((v) => defaultKeys.has(v.key) || v.role === 'outcome');
    const matchKeys = variables.filter((v) => defaultKeys.has(v.key)).map((v) => v.key);
    return followUp({ years: dataset.years, byYear: dataset.byYear, variables, matchKeys }, set);
  },
);
