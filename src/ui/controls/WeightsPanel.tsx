import type { Dispatch } from 'react';
import type { Direction, VariableDefinition, VariableSetting } from '../../index/types.ts';
import { markInput } from '../map/repaintMarks.ts';
import { useI18n } from '../i18n/I18nContext.ts';
import type { WeightsAction } from '../state/slices/weights.ts';
import type { SliderDragHandlers } from './useSliderDrag.ts';


interface Props {
  variables: readonly VariableDefinition[];
  settings: readonly VariableSetting[];
  effectiveWeights: Record<string, number>;
  allZero: boolean;
  defaultKeys: ReadonlySet<string>;
  dispatch: Dispatch<WeightsAction>;
  /** Index of the variable the keyboard shortcuts act on. */
  picked?: number;
  /** Told of presses and changes, so that the ranking can wait for a drag to end. */
  drag?: SliderDragHandlers;
}

/** One slider per variable, 0–100; the share of the sum is what counts. */
export function WeightsPanel({ variables, settings, effectiveWeights, allZero, defaultKeys, dispatch, picked = -1, drag }: Props) {
  const { t, language, percent } = useI18n();
  const settingOf = new Map(settings.map((s) => [s.key, s]));
  return (
    <section className="panel weights" aria-labelledby="weights-heading">
      <h2 id="weights-heading">{t.controls.weights}</h2>
      <p className="help">{t.controls.weightsHelp}</p>
      {variables.map((variable, index) => {
        const setting = settingOf.get(variable.key)!;
        const share = percent(effectiveWeights[variable.key] ?? 0);
        const id = `weight-${variable.key}`;
        // An outcome's direction is known from its metadata, as the index's are.
        const isExtra = !defaultKeys.has(variable.key) && variable.role !== 'outcome';
        return (
          <div className={index === picked ? 'weight picked' : 'weight'} key={variable.key} data-picked={index === picked ? 'true' : undefined}>
            <label htmlFor={id} title={variable.definition[language]}>
              <kbd className="shortcut" aria-hidden="true">
                {index + 1}
              </kbd>{' '}
              {variable.label[language]}
              {variable.role === 'outcome' && <small className="outcome-tag"> {t.controls.outcomeTag}</small>}
            </label>
            <div className="weight-row">
              <input
                id={id}
                type="range"
                min={0}
                max={100}
                step={1}
                value={setting.weight}
                data-var={variable.key}
                aria-valuetext={`${setting.weight} (${t.controls.weightShare(share)})`}
                onPointerDown={drag?.onPointerDown}
                onChange={(e) => {
                  // Marks the start of "slider to repaint", measured by the map.
                  markInput('weight');
                  drag?.onStep();
                  dispatch({ type: 'set-weight', key: variable.key, weight: Number(e.target.value) });
                }}
              />
              <output htmlFor={id} className="share">
                {share}
              </output>
            </div>
            {isExtra ? (
              <label className="direction">
                <span>{t.controls.direction}</span>
                <select
                  value={setting.direction}
                  onChange={(e) =>
                    dispatch({ type: 'set-direction', key: variable.key, direction: e.target.value as Direction })
                  }
                >
                  <option value="higher-is-more-need">{t.controls.directionMore}</option>
                  <option value="lower-is-more-need">{t.controls.directionLess}</option>
                </select>
              </label>
            ) : (
              <p className="direction-note">
                {setting.direction === 'higher-is-more-need' ? t.controls.directionMore : t.controls.directionLess}
              </p>
            )}
          </div>
        );
      })}
      {allZero && (
        <p className="warning" role="alert">
          {t.controls.allWeightsZero}
        </p>
      )}
      <button type="button" onClick={() => dispatch({ type: 'reset-weights' })}>
        {t.controls.resetWeights}
      </button>
    </section>
  );
}
