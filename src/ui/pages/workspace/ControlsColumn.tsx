import type { Dispatch } from 'react';
import type { IndicatorDataset } from '../../../data/parseIndicators.ts';
import type { EffortDataset } from '../../../efforts/types.ts';
import type { EffortSymbol } from '../../../map/effortSymbols.ts';
import { MethodExplanation } from '../../controls/MethodExplanation.tsx';
import { MethodSettings } from '../../controls/MethodSettings.tsx';
import { TimeControls } from '../../controls/TimeControls.tsx';
import type { SliderDragHandlers } from '../../controls/useSliderDrag.ts';
import { WeightsPanel } from '../../controls/WeightsPanel.tsx';
import { EffortsPanel } from '../../efforts/EffortsPanel.tsx';
import { useI18n } from '../../i18n/I18nContext.ts';
import type { Action } from '../../state/reduce.ts';
import type { DerivedView } from '../../state/selectors/derivedView.ts';
import type { Level, ViewState } from '../../state/view.ts';

interface Props {
  presentation: boolean;
  state: { dataset: IndicatorDataset; defaultKeys: ReadonlySet<string>; view: ViewState; efforts: EffortDataset };
  derived: Pick<DerivedView, 'settings' | 'result' | 'visibleEfforts' | 'citywideEfforts'>;
  counts: { areas: Record<Level, number>; proposedGroups: number };
  symbols: ReadonlyMap<string, EffortSymbol>;
  picked: number;
  drag: SliderDragHandlers;
  /** The year shown, and the year the areas were chosen on. */
  year: number | null;
  choiceYear: number | null;
  dispatch: Dispatch<Action>;
}

/** The left column: weights, method, efforts and how the index works. */
export function ControlsColumn({ presentation, state, derived, counts, symbols, picked, drag, year, choiceYear, dispatch }: Props) {
  const { t } = useI18n();
  const { view } = state;
  return (
    <aside className="controls" aria-label={t.controls.weights}>
      <WeightsPanel
        variables={state.dataset.variables}
        settings={derived.settings}
        effectiveWeights={derived.result.effectiveWeights}
        allZero={!derived.result.ok}
        defaultKeys={state.defaultKeys}
        dispatch={dispatch}
        picked={picked}
        drag={drag}
      />
      {year !== null && state.dataset.years.length > 1 && (
        <TimeControls
          years={state.dataset.years}
          year={year}
          view={view}
          choiceYear={choiceYear ?? year}
          variables={state.dataset.variables}
          dispatch={dispatch}
          compact={presentation}
        />
      )}
      <MethodSettings view={view} counts={counts} dispatch={dispatch} compact={presentation} />
      {!presentation && (
        <EffortsPanel
          efforts={state.efforts}
          filter={view.effortFilter}
          show={view.layers.efforts}
          visible={derived.visibleEfforts}
          citywide={derived.citywideEfforts}
          symbols={symbols}
          dispatch={dispatch}
        />
      )}
      {!presentation && <MethodExplanation />}
    </aside>
  );
}
