import type { Dispatch } from 'react';
import type { Normalisation } from '../index/types.ts';
import type { ClassificationMethod } from '../map/classify.ts';
import { useI18n } from './i18n/I18nContext.ts';
import type { Action, AppState, Level } from './state/appState.ts';

const NORMALISATIONS: Normalisation[] = ['zscore', 'minmax', 'percentile'];
const CLASSIFICATIONS: ClassificationMethod[] = ['quantile', 'equal', 'stddev'];
const LEVELS: Level[] = ['delomrade', 'geso'];

export function MethodSettings({ state, dispatch }: { state: AppState; dispatch: Dispatch<Action> }) {
  const { t } = useI18n();
  return (
    <section className="panel method" aria-labelledby="method-heading">
      <h2 id="method-heading">{t.method}</h2>
      <fieldset className="segmented">
        <legend>{t.level}</legend>
        {LEVELS.map((level) => (
          <label key={level}>
            <input
              type="radio"
              name="level"
              value={level}
              checked={state.level === level}
              onChange={() => dispatch({ type: 'set-level', level })}
            />
            <span>{t.levels[level]}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t.normalisation}</span>
        <select
          value={state.normalisation}
          onChange={(e) => dispatch({ type: 'set-normalisation', normalisation: e.target.value as Normalisation })}
        >
          {NORMALISATIONS.map((n) => (
            <option key={n} value={n}>
              {t.normalisations[n]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t.classification}</span>
        <select
          value={state.classification}
          onChange={(e) =>
            dispatch({ type: 'set-classification', classification: e.target.value as ClassificationMethod })
          }
        >
          {CLASSIFICATIONS.map((c) => (
            <option key={c} value={c}>
              {t.classifications[c]}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={state.fixedClasses}
          onChange={(e) => dispatch({ type: 'set-fixed-classes', fixed: e.target.checked })}
        />
        <span>
          {t.fixedClasses}
          <small>{t.fixedClassesHelp}</small>
        </span>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={state.showProposed}
          onChange={(e) => dispatch({ type: 'set-show-proposed', show: e.target.checked })}
        />
        <span>{t.showProposed}</span>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={state.showLabels}
          onChange={(e) => dispatch({ type: 'set-show-labels', show: e.target.checked })}
        />
        <span>{t.showLabels}</span>
      </label>
    </section>
  );
}
