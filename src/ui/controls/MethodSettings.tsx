import type { Dispatch, ReactNode } from 'react';
import { NORMALISATIONS } from '../../index/normalise.ts';
import type { Normalisation } from '../../index/types.ts';
import { CLASSIFICATION_METHODS, type ClassificationMethod } from '../../map/classify.ts';
import { useI18n } from '../i18n/I18nContext.ts';
import type { ViewAction } from '../state/slices/view.ts';
import type { WeightsAction } from '../state/slices/weights.ts';
import { LEVELS, type Level, type ViewState } from '../state/view.ts';

interface Props {
  view: Pick<ViewState, 'level' | 'normalisation' | 'classification' | 'fixedClasses' | 'layers'>;
  /** Areas at each level and proposal groups, counted from the data. */
  counts: { areas: Record<Level, number>; proposedGroups: number };
  dispatch: Dispatch<ViewAction | WeightsAction>;
  /** Only level and layers, for the projector. */
  compact?: boolean;
}

/** Level, normalisation, classes and the optional map layers. */
export function MethodSettings({ view, counts, dispatch, compact = false }: Props) {
  const { t } = useI18n();
  const layer = (name: keyof ViewState['layers']) => (show: boolean) => dispatch({ type: 'set-layer', layer: name, show });
  return (
    <section className="panel method" aria-labelledby="method-heading">
      <h2 id="method-heading">{t.controls.method}</h2>
      <fieldset className="segmented">
        <legend>{t.controls.level}</legend>
        {LEVELS.map((level) => (
          <label key={level}>
            <input type="radio" name="level" value={level} checked={view.level === level} onChange={() => dispatch({ type: 'set-level', level })} />
            <span>{t.controls.levels[level](counts.areas[level])}</span>
          </label>
        ))}
      </fieldset>
      {!compact && (
        <>
          <label className="field">
            <span>{t.controls.normalisation}</span>
            <select value={view.normalisation} onChange={(e) => dispatch({ type: 'set-normalisation', normalisation: e.target.value as Normalisation })}>
              {NORMALISATIONS.map((n) => (
                <option key={n} value={n}>
                  {t.controls.normalisations[n]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t.controls.classification}</span>
            <select
              value={view.classification}
              onChange={(e) => dispatch({ type: 'set-classification', classification: e.target.value as ClassificationMethod })}
            >
              {CLASSIFICATION_METHODS.map((c) => (
                <option key={c} value={c}>
                  {t.controls.classifications[c]}
                </option>
              ))}
            </select>
          </label>
          <Check checked={view.fixedClasses} onChange={(fixed) => dispatch({ type: 'set-fixed-classes', fixed })}>
            {t.controls.fixedClasses}
            <small>{t.controls.fixedClassesHelp}</small>
          </Check>
        </>
      )}
      <Check checked={view.layers.proposed} onChange={layer('proposed')}>
        {t.controls.showProposed(counts.proposedGroups)}
      </Check>
      <Check checked={view.layers.labels} onChange={layer('labels')}>
        {t.controls.showLabels}
      </Check>
      {compact && (
        <Check checked={view.layers.efforts} onChange={layer('efforts')}>
          {t.efforts.showEfforts}
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
