/** How the results are shown: level, classes, layers, selection, language, tabs. */
import { maxTopN } from '../../../index/topN.ts';
import type { EffortFilter } from '../../../efforts/filter.ts';
import type { ClassificationMethod } from '../../../map/classify.ts';
import type { Language, Level, MapColour, MapLayer, MapPosition, ResultsView } from '../view.ts';
import { withView, type Updaters } from './updaters.ts';

export type ViewAction =
  | { type: 'set-level'; level: Level }
  | { type: 'set-classification'; classification: ClassificationMethod }
  | { type: 'set-fixed-classes'; fixed: boolean }
  | { type: 'set-layer'; layer: MapLayer; show: boolean }
  | { type: 'select'; code: string | null }
  | { type: 'set-language'; language: Language }
  | { type: 'set-results-view'; view: ResultsView }
  | { type: 'set-map-position'; position: MapPosition }
  | { type: 'set-top-n'; n: number }
  | { type: 'set-map-colour'; colour: MapColour }
  | { type: 'set-effort-filter'; filter: Partial<EffortFilter> };

export const viewUpdaters: Updaters<ViewAction> = {
  // A delområde code means nothing at GeSO level and vice versa.
  'set-level': (state, { level }) => (level === state.view.level ? state : withView(state, { level, selected: null })),
  'set-classification': (state, { classification }) => withView(state, { classification }),
  'set-fixed-classes': (state, { fixed }) => withView(state, { fixedClasses: fixed }),
  'set-layer': (state, { layer, show }) => withView(state, { layers: { ...state.view.layers, [layer]: show } }),
  select: (state, { code }) => withView(state, { selected: code }),
  'set-language': (state, { language }) => withView(state, { language }),
  'set-results-view': (state, { view }) => withView(state, { resultsView: view }),
  'set-map-position': (state, { position }) => withView(state, { map: position }),
  // At most as many as there are areas in the data.
  'set-top-n': (state, { n }) => (Number.isInteger(n) && n >= 1 && n <= maxTopN(state.dataset.areas.length) ? withView(state, { topN: n }) : state),
  'set-map-colour': (state, { colour }) => withView(state, { mapColour: colour }),
  'set-effort-filter': (state, { filter }) => withView(state, { effortFilter: { ...state.view.effortFilter, ...filter } }),
};
