import type { Dispatch } from 'react';
import type { VariableDefinition } from '../../index/types.ts';
import { markInput } from '../map/repaintMarks.ts';
import { useI18n } from '../i18n/I18nContext.ts';
import type { TimeAction } from '../state/slices/time.ts';
import type { ViewAction } from '../state/slices/view.ts';
import type { ChangeMeasure, ViewState } from '../state/view.ts';

interface Props {
  years: readonly number[];
  /** The year shown. */
  year: number;
  view: Pick<ViewState, 'referenceYear' | 'mapColour' | 'changeFrom' | 'changeMeasure'>;
  /** Default reference year: the year the areas were chosen on. */
  choiceYear: number;
  variables: readonly VariableDefinition[];
  dispatch: Dispatch<TimeAction | ViewAction>;
  compact?: boolean;
}

const measureValue = (m: ChangeMeasure) => (typeof m === 'object' ? `v:${m.variable}` : m);

/** The year shown, how years are made comparable, and the change map. */
export function TimeControls({ years, year, view, choiceYear, variables, dispatch, compact = false }: Props) {
  const { t, language } = useI18n();
  const at = years.indexOf(year);
  const reference = view.referenceYear;
  const rateVariables = variables.filter((v) => v.unit === '%');
  return (
    <section className="panel time" aria-labelledby="time-heading">
      <h2 id="time-heading">
        {t.time.title} <span className="year-now" data-testid="year-shown">{year}</span>
      </h2>
      <div className="year-scrub">
        <button type="button" aria-label={t.time.previous} disabled={at <= 0} onClick={() => {
            markInput('year');
            dispatch({ type: 'step-year', delta: -1 });
          }}>
          ‹
        </button>
        <input
          type="range"
          min={0}
          max={years.length - 1}
          step={1}
          value={at}
          aria-label={t.time.year}
          aria-valuetext={String(year)}
          data-testid="year-slider"
          onChange={(e) => {
            // Marks the start of "year to repaint", measured by the map.
            markInput('year');
            dispatch({ type: 'set-year', year: years[Number(e.target.value)] });
          }}
        />
        <button type="button" aria-label={t.time.next} disabled={at >= years.length - 1} onClick={() => {
            markInput('year');
            dispatch({ type: 'step-year', delta: 1 });
          }}>
          ›
        </button>
      </div>
      <p className="year-ends" aria-hidden="true">
        <span>{years[0]}</span>
        <span>{years[years.length - 1]}</span>
      </p>
      <p className="hint">{t.time.yearsHint}</p>
      {!compact && (
        <fieldset className="comparability">
          <legend>{t.time.comparability}</legend>
          <label>
            <input type="radio" name="comparability" checked={reference === null} onChange={() => dispatch({ type: 'set-reference-year', year: null })} />
            <span>{t.time.withinYear}</span>
          </label>
          <label>
            <input type="radio" name="comparability" checked={reference !== null} onChange={() => dispatch({ type: 'set-reference-year', year: choiceYear })} />
            <span>{t.time.againstReference}</span>
          </label>
          {reference !== null && (
            <label className="field">
              <span>{t.time.referenceYear}</span>
              <YearSelect years={years} value={reference} onChange={(year) => dispatch({ type: 'set-reference-year', year })} testId="reference-year" />
            </label>
          )}
          <p className="hint">{reference === null ? t.time.withinYearHelp : t.time.againstReferenceHelp(reference)}</p>
        </fieldset>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={view.mapColour === 'change'}
          disabled={years.length < 2}
          onChange={(e) => dispatch({ type: 'set-map-colour', colour: e.target.checked ? 'change' : 'index' })}
          data-testid="change-map"
        />
        <span>{t.time.changeMap}</span>
      </label>
      {view.mapColour === 'change' && (
        <div className="change-settings">
          <label className="field">
            <span>{t.time.changeFrom}</span>
            <YearSelect years={years} value={view.changeFrom ?? years[0]} onChange={(from) => dispatch({ type: 'set-change', from })} testId="change-from" />
          </label>
          <span className="hint">{t.time.changeTo(year)}</span>
          <label className="field">
            <span>{t.time.measure}</span>
            <select
              value={measureValue(view.changeMeasure)}
              data-testid="change-measure"
              onChange={(e) => {
                const v = e.target.value;
                dispatch({ type: 'set-change', measure: v === 'rank' || v === 'index' ? v : { variable: v.slice(2) } });
              }}
            >
              <option value="rank">{t.time.measureRank}</option>
              <option value="index">{t.time.measureIndex}</option>
              {rateVariables.map((v) => (
                <option key={v.key} value={`v:${v.key}`}>
                  {v.label[language]}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </section>
  );
}

function YearSelect({ years, value, onChange, testId }: { years: readonly number[]; value: number; onChange: (year: number) => void; testId: string }) {
  return (
    <select value={value} onChange={(e) => onChange(Number(e.target.value))} data-testid={testId}>
      {years.map((y) => (
        <option key={y} value={y}>
          {y}
        </option>
      ))}
    </select>
  );
}
