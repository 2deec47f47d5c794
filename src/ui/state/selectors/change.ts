/**
 * The change map: per area, how rank, index or one variable moved from one
 * year to the year shown, as "worsening" (> 0 = more need), with classes and
 * the series breaks the change spans.
 */
import { createSelector } from 'reselect';
import type { Geography } from '../../../data/geography.ts';
import { breaksBetween } from '../../../followup/breaks.ts';
import { choiceYear } from '../../../followup/followUpSet.ts';
import { needSign } from '../../../index/direction.ts';
import { computeIndex } from '../../../index/compositeIndex.ts';
import type { SeriesBreak, VariableDefinition } from '../../../index/types.ts';
import { CHANGE_COLOURS, changeClass, changeLimits, RANK_LIMITS, type ChangeLimits } from '../../../map/changeColours.ts';
import type { AppState } from '../appState.ts';
import type { ChangeMeasure } from '../view.ts';
import { selectDerivedView, selectSettings, selectYear } from './derivedView.ts';
import type { RGB } from './comparison.ts';
import { areasAtLevel, areasOfYear } from './steps.ts';

export interface ChangeView {
  from: number;
  to: number;
  measure: ChangeMeasure;
  /** The variable of a variable measure. */
  variable: VariableDefinition | null;
  /** The reference year an index change is measured against. */
  referenceYear: number | null;
  /** The change as it reads: places up (rank), index points or percentage points. */
  delta: ReadonlyMap<string, number | null>;
  limits: ChangeLimits;
  colourByCode: ReadonlyMap<string, RGB | null>;
  breaks: SeriesBreak[];
}

export const selectChange: (state: AppState, geography: Geography) => ChangeView | null = createSelector(
  [
    (s: AppState) => s.dataset,
    (s: AppState) => s.view.mapColour === 'change',
    selectYear,
    (s: AppState) => s.view.changeFrom,
    (s: AppState) => s.view.changeMeasure,
    (s: AppState) => s.view.referenceYear,
    (s: AppState) => s.view.followUp.startYear,
    (s: AppState) => s.view.level,
    (s: AppState) => s.view.normalisation,
    selectSettings,
    (s: AppState, g: Geography) => selectDerivedView(s, g).result,
    (_: AppState, g: Geography) => g,
  ],
  (dataset, shown, to, changeFrom, measure, viewReference, startYear, level, normalisation, settings, resultNow, geography): ChangeView | null => {
    // Only while the change map is on: otherwise a weight move would pay for an index of another year.
    if (!shown || to === null || dataset.years.length < 2) return null;
    const from = changeFrom ?? dataset.years[0];
    const at = (year: number) => areasAtLevel(dataset, areasOfYear(dataset, year), level, geography);
    let delta: Map<string, number | null>;
    let worsening: Map<string, number | null>;
    let variable: VariableDefinition | null = null;
    let referenceYear: number | null = null;
    let breaks: SeriesBreak[] = [];
    // The index spans a break when any variable in use does.
    const weightedBreaks = () => dataset.variables.filter((v) => settings.some((s) => s.key === v.key && s.weight > 0)).flatMap((v) => breaksBetween(v, from, to));
    if (measure === 'rank') {
      // Ranks as shown (within-year or against the reference year); a move
      // towards rank 1 is a move towards more need.
      const reference = viewReference !== null ? at(viewReference) : undefined;
      const before = new Map(computeIndex(at(from), { normalisation, settings }, reference).scores.map((s) => [s.code, s.rank]));
      delta = new Map(resultNow.scores.map((s) => {
        const was = before.get(s.code);
        return [s.code, s.rank === null || was === null || was === undefined ? null : was - s.rank];
      }));
      worsening = delta;
      breaks = weightedBreaks();
    } else if (measure === 'index') {
      // An index change means something only against one fixed year.
      referenceYear = viewReference ?? choiceYear(startYear, dataset.years) ?? dataset.years[dataset.years.length - 1];
      const reference = at(referenceYear);
      const index = (year: number) => new Map(computeIndex(at(year), { normalisation, settings }, reference).scores.map((s) => [s.code, s.index]));
      const [a, b] = [index(from), index(to)];
      delta = new Map([...b].map(([code, now]) => {
        const was = a.get(code);
        return [code, now === null || was === null || was === undefined ? null : now - was];
      }));
      worsening = delta;
      breaks = weightedBreaks();
    } else {
      variable = dataset.variables.find((v) => v.key === measure.variable) ?? null;
      if (variable === null) return null;
      const key = variable.key;
      const before = new Map(at(from).map((a) => [a.code, a.values[key] ?? null]));
      delta = new Map(at(to).map((a) => {
        const was = before.get(a.code);
        const now = a.values[key] ?? null;
        return [a.code, now === null || was === null || was === undefined ? null : now - was];
      }));
      const sign = needSign(variable.direction);
      worsening = new Map([...delta].map(([code, d]) => [code, d === null ? null : sign * d]));
      breaks = breaksBetween(variable, from, to);
    }
    const limits = measure === 'rank' ? RANK_LIMITS : changeLimits([...worsening.values()]);
    const colourByCode = new Map([...worsening].map(([code, w]) => {
      const cls = changeClass(w, limits);
      return [code, cls === null ? null : CHANGE_COLOURS[cls]] as const;
    }));
    return { from, to, measure, variable, referenceYear, delta, limits, colourByCode, breaks: [...new Map(breaks.map((b) => [b.year, b])).values()] };
  },
);
