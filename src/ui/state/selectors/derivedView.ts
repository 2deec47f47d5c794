/**
 * The derived view: everything the map, tables and panels show, computed from
 * the app state and the geography by memoised pure selectors. Each step is
 * its own selector, so a slider move recomputes the index, classes and the
 * need-against-effort step, but not the GeSO aggregation, the effort join or
 * the small-area flags.
 */
import { createSelector } from 'reselect';
import type { Geography } from '../../../data/geography.ts';
import { countEfforts, type EffortCount } from '../../../efforts/counts.ts';
import { matchesFilter } from '../../../efforts/filter.ts';
import { needVsEffort, type NeedEffortResult } from '../../../efforts/needVsEffort.ts';
import { effortsByArea } from '../../../efforts/reach.ts';
import type { Effort } from '../../../efforts/types.ts';
import { computeIndex } from '../../../index/compositeIndex.ts';
import { limitTopN, type TopN } from '../../../index/topN.ts';
import type { AreaScore, AreaValues, IndexResult, VariableSetting } from '../../../index/types.ts';
import { reliabilityOf, type Reliability } from '../../../index/uncertainty/reliability.ts';
import type { Classification } from '../../../map/classify.ts';
import { indexDecimals } from '../../common/format.ts';
import type { AppState } from '../appState.ts';
import { defaultSettings, settingsOf } from '../view.ts';
import { shownYear } from '../slices/time.ts';
import { areasAtLevel, areasOfYear, classesFor, effortsAtLevel, mediansOf, rankOrder } from './steps.ts';

export interface DerivedView {
  /** The year shown (null only for data without years). */
  year: number | null;
  /** The year every year is normalised against, or null (within each year). */
  referenceYear: number | null;
  /** The sliders as settings, in the order of the loaded variables. */
  settings: VariableSetting[];
  /** Areas at the current level, with their values. */
  areas: AreaValues[];
  result: IndexResult;
  /** Codes in rank order; areas without an index last. */
  order: string[];
  scoreByCode: ReadonlyMap<string, AreaScore>;
  areaByCode: ReadonlyMap<string, AreaValues>;
  /** How many areas have an index. */
  rankedCount: number;
  medians: Record<string, number | null>;
  classification: Classification | null;
  classByCode: ReadonlyMap<string, number | null>;
  /** Decimals for index values: fewer on a 0–100 scale than for z-scores. */
  indexDecimals: number;
  /** Areas without an index (any weighted variable missing). */
  missing: ReadonlySet<string>;
  reliability: ReadonlyMap<string, Reliability>;
  /** Areas whose rates rest on too few people. */
  flagged: ReadonlySet<string>;
  /** Efforts passing the filters. */
  visibleEfforts: Effort[];
  citywideEfforts: Effort[];
  effortsByCode: ReadonlyMap<string, Effort[]>;
  effortCounts: ReadonlyMap<string, EffortCount>;
  needEffort: NeedEffortResult;
  /** The top N every figure uses, limited to a third of the areas shown. */
  topN: TopN;
}

const dataset = (s: AppState) => s.dataset;
const variables = (s: AppState) => s.dataset.variables;
const geographyOf = (_: AppState, g: Geography) => g;

export const selectSettings = createSelector([variables, (s: AppState) => s.view.weights, (s: AppState) => s.view.directions], (v, weights, directions) =>
  settingsOf(v, { weights, directions }),
);

export const selectYear = (s: AppState) => shownYear(s);
const selectReferenceYear = (s: AppState) => (s.view.referenceYear !== null && s.dataset.byYear.has(s.view.referenceYear) ? s.view.referenceYear : null);

const selectAreas = createSelector([dataset, selectYear, (s: AppState) => s.view.level, geographyOf], (d, year, level, g) => areasAtLevel(d, areasOfYear(d, year), level, g));

/** The reference year's areas at the level shown, when normalising against it. */
const selectReferenceAreas = createSelector([dataset, selectReferenceYear, (s: AppState) => s.view.level, geographyOf], (d, ref, level, g) =>
  ref === null ? null : areasAtLevel(d, areasOfYear(d, ref), level, g),
);

const selectResult = createSelector([selectAreas, (s: AppState) => s.view.normalisation, selectSettings, selectReferenceAreas], (areas, normalisation, settings, reference) =>
  computeIndex(areas, { normalisation, settings }, reference ?? undefined),
);

/**
 * What the class limits come from. Fixed classes: the default weighting's
 * index. Against a reference year: the reference year's own index, so a
 * colour means the same value in every year and a city that improves turns
 * lighter. Otherwise none (the index shown).
 */
const selectReference = createSelector(
  [selectAreas, selectReferenceAreas, (s: AppState) => s.view.normalisation, (s: AppState) => s.view.fixedClasses, variables, (s: AppState) => s.defaultKeys, selectSettings],
  (areas, reference, normalisation, fixed, v, keys, settings) => {
    if (!fixed && reference === null) return null;
    const basis = fixed ? defaultSettings(v, keys) : settings;
    return reference ? computeIndex(reference, { normalisation, settings: basis }, reference) : computeIndex(areas, { normalisation, settings: basis });
  },
);

const selectClasses = createSelector([selectResult, (s: AppState) => s.view.classification, selectReference], classesFor);

const selectScores = createSelector([selectAreas, selectResult], (areas, result) => ({
  order: rankOrder(areas, result.scores),
  scoreByCode: new Map(result.scores.map((s) => [s.code, s])),
  rankedCount: result.scores.filter((s) => s.rank !== null).length,
  missing: new Set(result.scores.filter((s) => s.index === null).map((s) => s.code)),
}));

const selectAreaLookups = createSelector([selectAreas, variables], (areas, v) => ({
  areaByCode: new Map(areas.map((a) => [a.code, a])),
  medians: mediansOf(areas, v),
}));

/** Which variables are in use, as a string: equal strings hit the cache, so
 * the flags are redone when a variable is switched on or off, not when a
 * weight moves. */
const selectInUseKey = createSelector([selectSettings], (settings) => settings.filter((s) => s.weight > 0).map((s) => s.key).join(','));

const selectReliability = createSelector([selectAreas, variables, selectInUseKey], (areas, v, inUseKey) => {
  const inUse = new Set(inUseKey.split(','));
  const reliability = new Map(areas.map((a) => [a.code, reliabilityOf(a, v, inUse)]));
  const flagged = new Set([...reliability.values()].filter((r) => r.unreliable).map((r) => r.code));
  return { reliability, flagged };
});

// Efforts: the filter and the spatial join do not depend on the weights.
const selectVisibleEfforts = createSelector([(s: AppState) => s.efforts.dataset, (s: AppState) => s.view.effortFilter], (efforts, filter) =>
  efforts.efforts.filter((e) => matchesFilter(e, filter)),
);

const selectEffortsByCode = createSelector([selectVisibleEfforts, (s: AppState) => s.view.level, geographyOf], (visible, level, g) =>
  effortsAtLevel(effortsByArea(visible), level, g),
);

const selectEffortCounts = createSelector([selectAreas, selectEffortsByCode], (areas, byCode) =>
  new Map(areas.map((a) => [a.code, countEfforts(byCode.get(a.code) ?? [], a.children)])),
);

const selectNeedEffort = createSelector([selectResult, selectEffortCounts], (result, counts) =>
  needVsEffort(result.scores, new Map([...counts].map(([code, c]) => [code, c.perThousandChildren]))),
);

const selectCitywide = createSelector([selectVisibleEfforts], (visible) => visible.filter((e) => e.citywide));

const selectTopN = createSelector([(s: AppState) => s.view.topN, selectAreas], (chosen, areas) => limitTopN(chosen, areas.length));

export const selectDerivedView: (state: AppState, geography: Geography) => DerivedView = createSelector(
  [
    selectYear,
    selectReferenceYear,
    selectSettings,
    selectAreas,
    selectResult,
    selectScores,
    selectAreaLookups,
    selectClasses,
    selectReliability,
    selectVisibleEfforts,
    selectCitywide,
    selectEffortsByCode,
    selectEffortCounts,
    selectNeedEffort,
    selectTopN,
  ] as const,
  (year, referenceYear, settings, areas, result, scores, lookups, classes, reliability, visibleEfforts, citywideEfforts, effortsByCode, effortCounts, needEffort, topN) => ({
    year,
    referenceYear,
    settings,
    areas,
    result,
    ...scores,
    ...lookups,
    ...classes,
    indexDecimals: classes.classification ? indexDecimals(classes.classification.extent) : 2,
    ...reliability,
    visibleEfforts,
    citywideEfforts,
    effortsByCode,
    effortCounts,
    needEffort,
    topN,
  }),
);
