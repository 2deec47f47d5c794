/** Time: the year shown, the reference year, the change map and the follow-up set. */
import { MAX_COMPARISON_SIZE, type FollowUpSet } from '../../../followup/followUpSet.ts';
import { MAX_YEAR, MIN_YEAR } from '../../../data/parseIndicators.ts';
import { cleanName } from '../scenarioStore.ts';
import { defaultFollowUp, type ChangeMeasure } from '../view.ts';
import { withView, type Updaters } from './updaters.ts';
import type { AppState } from '../appState.ts';

export type TimeAction =
  | { type: 'set-year'; year: number | null }
  /** `[` and `]`: the previous or next year of the data. */
  | { type: 'step-year'; delta: 1 | -1 }
  | { type: 'set-reference-year'; year: number | null }
  | { type: 'set-change'; from?: number | null; measure?: ChangeMeasure }
  | { type: 'set-follow-up'; followUp: Partial<FollowUpSet> }
  | { type: 'toggle-follow-up-area'; code: string }
  | { type: 'reset-follow-up' };

const hasYear = (state: AppState, year: number | null) => year === null || state.dataset.years.includes(year);
/** The year shown, with null read as the latest. */
export const shownYear = (state: Pick<AppState, 'dataset' | 'view'>) => state.view.year ?? state.dataset.years[state.dataset.years.length - 1] ?? null;

export const timeUpdaters: Updaters<TimeAction> = {
  'set-year': (state, { year }) => (hasYear(state, year) ? withView(state, { year }) : state),
  'step-year': (state, { delta }) => {
    const { years } = state.dataset;
    const at = years.indexOf(shownYear(state) ?? NaN);
    const next = years[Math.min(years.length - 1, Math.max(0, at + delta))];
    return next === undefined || next === shownYear(state) ? state : withView(state, { year: next });
  },
  'set-reference-year': (state, { year }) => (hasYear(state, year) ? withView(state, { referenceYear: year }) : state),
  'set-change': (state, { from, measure }) => {
    if (from !== undefined && !hasYear(state, from)) return state;
    if (measure !== undefined && typeof measure === 'object' && !state.dataset.variables.some((v) => v.key === measure.variable)) return state;
    return withView(state, { ...(from !== undefined && { changeFrom: from }), ...(measure !== undefined && { changeMeasure: measure }) });
  },
  'set-follow-up': (state, { followUp }) => {
    const next = { ...state.view.followUp, ...followUp };
    next.name = cleanName(next.name) || state.view.followUp.name;
    const valid =
      Number.isInteger(next.startYear) && next.startYear >= MIN_YEAR && next.startYear <= MAX_YEAR && Number.isInteger(next.comparisonSize) && next.comparisonSize >= 1 && next.comparisonSize <= MAX_COMPARISON_SIZE;
    return valid ? withView(state, { followUp: next }) : state;
  },
  'toggle-follow-up-area': (state, { code }) => {
    const { codes } = state.view.followUp;
    if (!state.dataset.areas.some((a) => a.code === code)) return state;
    return withView(state, { followUp: { ...state.view.followUp, codes: codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code] } });
  },
  'reset-follow-up': (state) => withView(state, { followUp: defaultFollowUp() }),
};
