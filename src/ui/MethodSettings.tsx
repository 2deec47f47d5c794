import type { Dispatch, ReactNode } from 'react';
import { NORMALISATIONS } from '../index/normalise.ts';
import type { Normalisation } from '../index/types.ts';
import { CLASSIFICATION_METHODS, type ClassificationMethod } from '../map/classify.ts';
import { useI18n } from './i18n/I18nContext.ts';
import { LEVELS, type Action, type AppState } from './state/appState.ts';


export function MethodSettings({ state, dispatch, compact = false }: { state: AppState; dispatch: Dispatch<Action>; compact?: boolean }) {
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
      {!compact && (
        <>
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
          {CLASSIFICATION_METHODS.map((c) => (
            <option key={c} value={c}>
              {t.classifications[c]}
            </option>
          ))}
        </select>
      </label>
      <Check checked={state.fixedClasses} onChange={(fixed) => dispatch({ type: 'set-fixed-classes', fixed })}>
        {t.fixedClasses}
        <small>{t.fixedClassesHelp}</small>
      </Check>
        </>
      )}
      <Check checked={state.showProposed} onChange={(show) => dispatch({ type: 'set-show-proposed', show })}>
        {t.showProposed}
      </Check>
      <Check checked={state.showLabels} onChange={(show) => dispatch({ type: 'set-show-labels', show })}>
        {t.showLabels}
      </Check>
      {compact && (
        <Check checked={state.showEfforts} onChange={(show) => dispatch({ type: 'set-show-efforts', show })}>
          {t.showEfforts}
        </Check>
      )}
    </section>
  );
}

function Check({ checked, onChange, children }: { checked: boolean; onChange: (checked: boolean) => void; children: ReactNode }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{children}</span>
    </label>
  );
}
