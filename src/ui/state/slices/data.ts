/** The indicator data set: a user's file replaces it only when it is valid. */
import type { LoadIssue } from '../../../data/loadIssue.ts';
import type { IndicatorDataset } from '../../../data/parseIndicators.ts';
import { defaultSettings, weightsOf } from '../view.ts';
import { showNotice } from './notices.ts';
import type { Updaters } from './updaters.ts';

export type DataAction =
  | { type: 'dataset-loaded'; dataset: IndicatorDataset; warnings: LoadIssue[] }
  | { type: 'load-failed'; errors: LoadIssue[] };

export const dataUpdaters: Updaters<DataAction> = {
  'dataset-loaded': (state, { dataset, warnings }) => {
    // Only a dated data set is shown: a file without years is given one first.
    if (dataset.years.length === 0) return state;
    // Keep the user's weights for variables the new file also has.
    const fresh = weightsOf(defaultSettings(dataset.variables, state.defaultKeys));
    const keep = <T>(own: Record<string, T>, previous: Record<string, T>) =>
      Object.fromEntries(Object.keys(own).map((k) => [k, Object.hasOwn(previous, k) ? previous[k] : own[k]]));
    // A year the new data lacks falls back to its latest (or within-year).
    const has = (year: number | null) => (year !== null && dataset.years.includes(year) ? year : null);
    const loaded = {
      ...state,
      dataset,
      view: {
        ...state.view,
        weights: keep(fresh.weights, state.view.weights),
        directions: keep(fresh.directions, state.view.directions),
        year: has(state.view.year),
        referenceYear: has(state.view.referenceYear),
        changeFrom: has(state.view.changeFrom),
        changeMeasure: typeof state.view.changeMeasure === 'object' && !dataset.variables.some((v) => v.key === (state.view.changeMeasure as { variable: string }).variable) ? 'rank' : state.view.changeMeasure,
      },
    };
    return showNotice(loaded, { tone: warnings.length > 0 ? 'warning' : 'success', issues: warnings, file: dataset.fileName });
  },
  // The data already loaded stays; only the notice changes.
  'load-failed': (state, { errors }) => showNotice(state, { tone: 'error', issues: errors }),
};
