/**
 * The view: everything that decides what the screen shows and that a link
 * can carry. It is one object (`AppState.view`) so that the URL codec, saved
 * scenarios and the reducer all read and write the same fields, listed once
 * here. A new dimension of the view (a year, say) is a field here, a line
 * in the codec and an updater in slices/view.ts.
 */
import { proposedCodes, proposedStartYear } from '../../data/bundledData.ts';
import type { Level } from '../../data/geography.ts';
import type { FollowUpSet } from '../../followup/followUpSet.ts';
import { NO_FILTER, type EffortFilter } from '../../efforts/filter.ts';
import { defaultSettings } from '../../index/defaultSettings.ts';
import type { Direction, Normalisation, VariableDefinition, VariableSetting } from '../../index/types.ts';
import type { WeightSpread } from '../../index/uncertainty/weightSpread.ts';
import type { ClassificationMethod } from '../../map/classify.ts';

export { LEVELS, type Level } from '../../data/geography.ts';

/** The results tabs, in the order they are shown. */
export type ResultsView = 'ranking' | 'robustness' | 'need-effort' | 'decision' | 'follow-up' | 'scenarios';
export const RESULTS_VIEWS: readonly ResultsView[] = ['ranking', 'robustness', 'need-effort', 'decision', 'follow-up', 'scenarios'];

/** What colours the map: the need index, the Monte Carlo probability of
 * being in the top N, or the change between two years. */
export type MapColour = 'index' | 'probability' | 'change';
export const MAP_COLOURS: readonly MapColour[] = ['index', 'probability', 'change'];

/** What the change map measures: rank, index (against a fixed reference
 * year) or one variable's value in percentage points (its key). */
export type ChangeMeasure = 'rank' | 'index' | { variable: string };

export type Language = 'sv' | 'en';
export const LANGUAGES: readonly Language[] = ['sv', 'en'];

/** Optional map layers, each switchable. */
export type MapLayer = 'proposed' | 'chosen' | 'labels' | 'efforts';
export const MAP_LAYERS: readonly MapLayer[] = ['proposed', 'chosen', 'labels', 'efforts'];

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

/** Centre and zoom of the map. */
export interface MapPosition {
  lon: number;
  lat: number;
  zoom: number;
}

export interface ViewState {
  /** Variable key → slider value 0–100. */
  weights: Record<string, number>;
  directions: Record<string, Direction>;
  normalisation: Normalisation;
  level: Level;
  classification: ClassificationMethod;
  /** Keep the class limits of the default weighting while weights move. */
  fixedClasses: boolean;
  /** Selected area: delområde code, or GeSO code at GeSO level. */
  selected: string | null;
  layers: Record<MapLayer, boolean>;
  effortFilter: EffortFilter;
  /** Last map position; null = fit Malmö. */
  map: MapPosition | null;
  language: Language;
  resultsView: ResultsView;
  /** N in "top N" for comparisons, consensus and the robustness analysis. */
  topN: number;
  mapColour: MapColour;
  uncertainty: UncertaintySettings;
  /** The year shown; null = the latest year of the data. */
  year: number | null;
  /** Normalise every year against this year; null = within each year. */
  referenceYear: number | null;
  /** The change map runs from this year to `year`; null = the first year. */
  changeFrom: number | null;
  changeMeasure: ChangeMeasure;
  followUp: FollowUpSet;
}

/** Stadskontoret's proposed delområden from the start of the effort. */
export function defaultFollowUp(): FollowUpSet {
  const codes = [...proposedCodes];
  return { name: 'Stadskontorets förslag', codes, startYear: proposedStartYear, comparisonSize: codes.length };
}

// Defined in the core, where the build-time first paint reads it too.
export { DEFAULT_WEIGHT, defaultSettings } from '../../index/defaultSettings.ts';
/** As many as the delområden in Stadskontoret's proposal. */
export const DEFAULT_TOP_N = 12;

export function weightsOf(settings: readonly VariableSetting[]): Pick<ViewState, 'weights' | 'directions'> {
  return {
    weights: Object.fromEntries(settings.map((s) => [s.key, s.weight])),
    directions: Object.fromEntries(settings.map((s) => [s.key, s.direction])),
  };
}

/** The view a first visit opens. */
export function defaultView(variables: readonly VariableDefinition[], defaultKeys: ReadonlySet<string>): ViewState {
  return {
    ...weightsOf(defaultSettings(variables, defaultKeys)),
    normalisation: 'zscore',
    level: 'delomrade',
    classification: 'quantile',
    fixedClasses: false,
    selected: null,
    layers: { proposed: true, chosen: true, labels: true, efforts: true },
    effortFilter: NO_FILTER,
    map: null,
    language: 'sv',
    resultsView: 'ranking',
    topN: DEFAULT_TOP_N,
    mapColour: 'index',
    uncertainty: { spread: 'medium', drawNormalisation: false, samplingNoise: false, samples: 10_000, seed: DEFAULT_SEED },
    year: null,
    referenceYear: null,
    changeFrom: null,
    changeMeasure: 'rank',
    followUp: defaultFollowUp(),
  };
}

/** The view's weights as settings, in the order of the loaded variables. */
export function settingsOf(variables: readonly VariableDefinition[], view: Pick<ViewState, 'weights' | 'directions'>): VariableSetting[] {
  return variables.map((v) => ({ key: v.key, weight: view.weights[v.key] ?? 0, direction: view.directions[v.key] ?? v.direction }));
}
