/** Ongoing efforts: the data set, the effort shown in a card, the cost floor. */
import type { EffortDataset } from '../../../efforts/types.ts';
import { NO_FILTER } from '../../../efforts/filter.ts';
import { showNotice } from './notices.ts';
import type { Updaters } from './updaters.ts';

export type EffortsAction =
  | { type: 'efforts-loaded'; efforts: EffortDataset }
  | { type: 'select-effort'; id: string | null }
  | { type: 'set-min-cost'; costKr: number };

export const effortsUpdaters: Updaters<EffortsAction> = {
  'efforts-loaded': (state, { efforts }) =>
    showNotice(
      // Filters chosen for the old efforts may hide all of the new ones.
      { ...state, efforts: { ...state.efforts, dataset: efforts, selected: null }, view: { ...state.view, effortFilter: NO_FILTER } },
      { tone: 'success', issues: [], file: efforts.fileName },
    ),
  'select-effort': (state, { id }) => ({ ...state, efforts: { ...state.efforts, selected: id } }),
  'set-min-cost': (state, { costKr }) =>
    Number.isFinite(costKr) && costKr >= 0 ? { ...state, efforts: { ...state.efforts, minCostKr: costKr } } : state,
};
