/**
 * All of the app's state in one place, changed only through `reduce`.
 * Everything the map, the table and the panels show is derived from this
 * (see useDerived.ts), so they cannot disagree.
 */
import type { LoadIssue } from '../../data/loadIssue.ts';
import type { IndicatorDataset } from '../../data/parseIndicators.ts';
import { DEFAULT_MIN_COST_KR } from '../../efforts/criteria.ts';
import { NO_FILTER, type EffortFilter } from '../../efforts/filter.ts';
import type { EffortDataset } from '../../efforts/types.ts';
import type { MapView, ViewState } from './urlState.ts';
import type { Scenario } from './scenarios.ts';
import type { Weighting } from '../../index/consensus.ts';

/** A weighting to compare: the default, the sliders now, or a saved scenario. */
export type ScenarioRef = 'default' | 'current' | `scenario:${string}`;
import type { Direction, Normalisation, VariableDefinition, VariableSetting } from '../../index/types.ts';
import { clampWeight } from '../../index/weights.ts';
import type { WeightSpread } from '../../index/uncertainty/weightSpread.ts';
import type { ClassificationMethod } from '../../map/classify.ts';

export type Level = 'delomrade' | 'geso';
export const LEVELS: readonly Level[] = ['delomrade', 'geso'];
export type ResultsView = 'ranking' | 'robustness' | 'need-effort' | 'scenarios';
/** The results tabs, in the order they are shown. */
export const RESULTS_VIEWS: readonly ResultsView[] = ['ranking', 'robustness', 'need-effort', 'scenarios'];
/** What colours the map: the need index, or the Monte Carlo probability of
 * being in the top N. */
export type MapColour = 'index' | 'probability';
export const MAP_COLOURS: readonly MapColour[] = ['index', 'probability'];

/** The uncertainty analysis' choices (see src/index/uncertainty/). */
export interface UncertaintySettings {
  spread: WeightSpread;
  drawNormalisation: boolean;
  samplingNoise: boolean;
  samples: number;
  seed: number;
}

export const SAMPLE_CHOICES = [1_000, 10_000, 50_000] as const;
/** A fixed default seed: the same link shows the same result for everyone. */
export const DEFAULT_SEED = 2030;
export type Language = 'sv' | 'en';
export const LANGUAGES: readonly Language[] = ['sv', 'en'];

export interface Notice {
  id: number;
  tone: 'error' | 'warning' | 'success';
  issues: LoadIssue[];
  /** For success notices: the file just loaded. */
  file?: string;
}

export interface AppState {
  dataset: IndicatorDataset;
  settings: VariableSetting[];
  normalisation: Normalisation;
  level: Level;
  classification: ClassificationMethod;
  /** Keep the class limits of the default weighting while weights move. */
  fixedClasses: boolean;
  showProposed: boolean;
  showLabels: boolean;
  selected: string | null;
  language: Language;
  notices: Notice[];
  efforts: EffortDataset;
  effortFilter: EffortFilter;
  showEfforts: boolean;
  selectedEffort: string | null;
  /** Cost floor for the model's criteria; adjustable. */
  minCostKr: number;
  resultsView: ResultsView;
  /** Last map position, for links; null = fit Malmö. */
  mapView: MapView | null;
  scenarios: Scenario[];
  /** The steering group's weightings, side by side. */
  participants: Weighting[];
  /** N in "top N" for comparisons and consensus. */
  topN: number;
  compare: { a: ScenarioRef; b: ScenarioRef } | null;
  mapColour: MapColour;
  uncertainty: UncertaintySettings;
}

export const DEFAULT_WEIGHT = 25;

/** Defaults get 25 each; extra variables from a user's file start at 0 so
 * adding data never silently changes the ranking. */
export function defaultSettings(variables: readonly VariableDefinition[], defaultKeys: ReadonlySet<string>): VariableSetting[] {
  return variables.map((v) => ({
    key: v.key,
    weight: defaultKeys.has(v.key) ? DEFAULT_WEIGHT : 0,
    direction: v.direction,
  }));
}

export function initialState(dataset: IndicatorDataset, defaultKeys: ReadonlySet<string>, efforts: EffortDataset): AppState {
  return {
    dataset,
    settings: defaultSettings(dataset.variables, defaultKeys),
    normalisation: 'zscore',
    level: 'delomrade',
    classification: 'quantile',
    fixedClasses: false,
    showProposed: true,
    showLabels: true,
    selected: null,
    language: 'sv',
    notices: [],
    efforts,
    effortFilter: NO_FILTER,
    showEfforts: true,
    selectedEffort: null,
    minCostKr: DEFAULT_MIN_COST_KR,
    resultsView: 'ranking',
    mapView: null,
    scenarios: [],
    participants: [],
    topN: 12,
    compare: null,
    mapColour: 'index',
    uncertainty: { spread: 'medium', drawNormalisation: false, samplingNoise: false, samples: 10_000, seed: DEFAULT_SEED },
  };
}

export type Action =
  | { type: 'set-weight'; key: string; weight: number }
  | { type: 'set-direction'; key: string; direction: Direction }
  | { type: 'reset-weights'; defaultKeys: ReadonlySet<string> }
  | { type: 'set-normalisation'; normalisation: Normalisation }
  | { type: 'set-level'; level: Level }
  | { type: 'set-classification'; classification: ClassificationMethod }
  | { type: 'set-fixed-classes'; fixed: boolean }
  | { type: 'set-show-proposed'; show: boolean }
  | { type: 'set-show-labels'; show: boolean }
  | { type: 'select'; code: string | null }
  | { type: 'set-language'; language: Language }
  | { type: 'dataset-loaded'; dataset: IndicatorDataset; warnings: LoadIssue[]; defaultKeys: ReadonlySet<string> }
  | { type: 'load-failed'; errors: LoadIssue[] }
  | { type: 'dismiss-notice'; id: number }
  | { type: 'efforts-loaded'; efforts: EffortDataset }
  | { type: 'set-effort-filter'; filter: Partial<EffortFilter> }
  | { type: 'set-show-efforts'; show: boolean }
  | { type: 'select-effort'; id: string | null }
  | { type: 'set-min-cost'; costKr: number }
  | { type: 'set-results-view'; view: ResultsView }
  | { type: 'set-map-view'; mapView: MapView }
  | { type: 'apply-view'; view: ViewState; ignored: string[] }
  | { type: 'set-scenarios'; scenarios: Scenario[] }
  | { type: 'save-scenario'; name: string; savedAt: string }
  | { type: 'rename-scenario'; from: string; to: string }
  | { type: 'delete-scenario'; name: string }
  | { type: 'apply-weights'; weights: Record<string, number>; directions?: Record<string, Direction>; normalisation?: Normalisation }
  | { type: 'set-compare'; compare: AppState['compare'] }
  | { type: 'add-participant'; weighting: Weighting }
  | { type: 'remove-participant'; name: string }
  | { type: 'set-top-n'; n: number }
  | { type: 'set-map-colour'; colour: MapColour }
  | { type: 'set-uncertainty'; settings: Partial<UncertaintySettings> }
  | { type: 'notice'; notice: Omit<Notice, 'id'> };

let nextNoticeId = 1;

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'set-weight':
      return {
        ...state,
        settings: state.settings.map((s) => (s.key === action.key ? { ...s, weight: clampWeight(action.weight) } : s)),
      };
    case 'set-direction':
      return {
        ...state,
        settings: state.settings.map((s) => (s.key === action.key ? { ...s, direction: action.direction } : s)),
      };
    case 'reset-weights':
      return { ...state, settings: defaultSettings(state.dataset.variables, action.defaultKeys) };
    case 'set-normalisation':
      return { ...state, normalisation: action.normalisation };
    case 'set-level':
      // A delområde code means nothing at GeSO level and vice versa.
      return action.level === state.level ? state : { ...state, level: action.level, selected: null };
    case 'set-classification':
      return { ...state, classification: action.classification };
    case 'set-fixed-classes':
      return { ...state, fixedClasses: action.fixed };
    case 'set-show-proposed':
      return { ...state, showProposed: action.show };
    case 'set-show-labels':
      return { ...state, showLabels: action.show };
    case 'select':
      return { ...state, selected: action.code };
    case 'set-language':
      return { ...state, language: action.language };
    case 'dataset-loaded': {
      // Keep the user's weights for variables the new file also has.
      const previous = new Map(state.settings.map((s) => [s.key, s]));
      const settings = defaultSettings(action.dataset.variables, action.defaultKeys).map((s) => previous.get(s.key) ?? s);
      const notice: Notice = {
        id: nextNoticeId++,
        tone: action.warnings.length > 0 ? 'warning' : 'success',
        issues: action.warnings,
        file: action.dataset.fileName,
      };
      return { ...state, dataset: action.dataset, settings, notices: [notice] };
    }
    case 'load-failed':
      // The data already loaded stays; only the notice changes.
      return { ...state, notices: [{ id: nextNoticeId++, tone: 'error', issues: action.errors }] };
    case 'dismiss-notice':
      return { ...state, notices: state.notices.filter((n) => n.id !== action.id) };
    case 'efforts-loaded':
      return {
        ...state,
        efforts: action.efforts,
        effortFilter: NO_FILTER,
        selectedEffort: null,
        notices: [{ id: nextNoticeId++, tone: 'success', issues: [], file: action.efforts.fileName }],
      };
    case 'set-effort-filter':
      return { ...state, effortFilter: { ...state.effortFilter, ...action.filter } };
    case 'set-show-efforts':
      return { ...state, showEfforts: action.show };
    case 'select-effort':
      return { ...state, selectedEffort: action.id };
    case 'set-min-cost':
      return { ...state, minCostKr: Number.isFinite(action.costKr) && action.costKr >= 0 ? action.costKr : state.minCostKr };
    case 'set-results-view':
      return { ...state, resultsView: action.view };
    case 'set-scenarios':
      return { ...state, scenarios: action.scenarios };
    case 'save-scenario': {
      const name = action.name.trim().slice(0, 80);
      if (name === '') return state;
      const view = viewOf(state);
      const scenario: Scenario = { name, savedAt: action.savedAt, weights: view.weights, directions: view.directions, normalisation: state.normalisation };
      return { ...state, scenarios: [...state.scenarios.filter((x) => x.name !== name), scenario] };
    }
    case 'rename-scenario': {
      const to = action.to.trim().slice(0, 80);
      if (to === '' || state.scenarios.some((x) => x.name === to)) return state;
      return { ...state, scenarios: state.scenarios.map((x) => (x.name === action.from ? { ...x, name: to } : x)) };
    }
    case 'delete-scenario':
      return {
        ...state,
        scenarios: state.scenarios.filter((x) => x.name !== action.name),
        compare: state.compare && [state.compare.a, state.compare.b].includes(`scenario:${action.name}`) ? null : state.compare,
      };
    case 'apply-weights':
      return {
        ...state,
        settings: state.settings.map((x) => ({
          ...x,
          weight: clampWeight(action.weights[x.key] ?? 0),
          direction: action.directions?.[x.key] ?? x.direction,
        })),
        normalisation: action.normalisation ?? state.normalisation,
      };
    case 'set-compare':
      return { ...state, compare: action.compare };
    case 'add-participant': {
      const name = action.weighting.name.trim().slice(0, 80);
      if (name === '') return state;
      return { ...state, participants: [...state.participants.filter((p) => p.name !== name), { ...action.weighting, name }] };
    }
    case 'remove-participant':
      return { ...state, participants: state.participants.filter((p) => p.name !== action.name) };
    case 'set-top-n':
      return { ...state, topN: Number.isInteger(action.n) && action.n >= 1 && action.n <= 136 ? action.n : state.topN };
    case 'set-map-colour':
      return { ...state, mapColour: action.colour };
    case 'set-uncertainty': {
      const next = { ...state.uncertainty, ...action.settings };
      const valid =
        (SAMPLE_CHOICES as readonly number[]).includes(next.samples) && Number.isInteger(next.seed) && next.seed >= 0 && next.seed <= 0xffffffff;
      return valid ? { ...state, uncertainty: next } : state;
    }
    case 'notice':
      return { ...state, notices: [{ ...action.notice, id: nextNoticeId++ }] };
    case 'set-map-view':
      return { ...state, mapView: action.mapView };
    case 'apply-view': {
      const v = action.view;
      const notices: Notice[] =
        action.ignored.length === 0
          ? state.notices
          : [{ id: nextNoticeId++, tone: 'warning', issues: action.ignored.map((value) => ({ kind: 'url-parameter-ignored', file: '', value })) }];
      return {
        ...state,
        settings: state.settings.map((s) => ({ ...s, weight: v.weights[s.key] ?? s.weight, direction: v.directions[s.key] ?? s.direction })),
        normalisation: v.normalisation,
        level: v.level,
        classification: v.classification,
        fixedClasses: v.fixedClasses,
        selected: v.selected,
        showProposed: v.showProposed,
        showLabels: v.showLabels,
        showEfforts: v.showEfforts,
        effortFilter: v.effortFilter,
        mapView: v.map,
        language: v.language,
        resultsView: v.resultsView,
        topN: v.topN,
        mapColour: v.mapColour,
        uncertainty: v.uncertainty,
        notices,
      };
    }
  }
}

/** The shareable part of the state (see urlState.ts). */
export function viewOf(state: AppState): ViewState {
  return {
    weights: Object.fromEntries(state.settings.map((s) => [s.key, s.weight])),
    directions: Object.fromEntries(state.settings.map((s) => [s.key, s.direction])),
    normalisation: state.normalisation,
    level: state.level,
    classification: state.classification,
    fixedClasses: state.fixedClasses,
    selected: state.selected,
    showProposed: state.showProposed,
    showLabels: state.showLabels,
    showEfforts: state.showEfforts,
    effortFilter: state.effortFilter,
    map: state.mapView,
    language: state.language,
    resultsView: state.resultsView,
    topN: state.topN,
    mapColour: state.mapColour,
    uncertainty: state.uncertainty,
  };
}
