import type { Dispatch } from 'react';
import { departmentsOf, typesOf, type EffortFilter } from '../../efforts/filter.ts';
import type { Effort, EffortDataset } from '../../efforts/types.ts';
import type { EffortsAction } from '../state/slices/efforts.ts';
import type { ViewAction } from '../state/slices/view.ts';
import type { EffortSymbol } from '../../map/effortSymbols.ts';
import { rgbCss } from '../../map/palette.ts';
import { useI18n } from '../i18n/I18nContext.ts';


const AGE_BANDS: Record<string, [number, number]> = { '0-5': [0, 5], '6-12': [6, 12], '13-16': [13, 16], '17-25': [17, 25] };

interface Props {
  efforts: EffortDataset;
  filter: EffortFilter;
  show: boolean;
  visible: readonly Effort[];
  citywide: readonly Effort[];
  symbols: ReadonlyMap<string, EffortSymbol>;
  dispatch: Dispatch<ViewAction | EffortsAction>;
}

/** Layers by type and filters by department, age and start year. */
export function EffortsPanel({ efforts, filter, show, visible, citywide, symbols, dispatch }: Props) {
  const { t, effortType } = useI18n();
  const all = efforts.efforts;
  const types = typesOf(all);
  const ageKey = Object.entries(AGE_BANDS).find(([, b]) => filter.ages && b[0] === filter.ages[0] && b[1] === filter.ages[1])?.[0] ?? '';
  const setFilter = (f: Partial<EffortFilter>) => dispatch({ type: 'set-effort-filter', filter: f });
  const year = (raw: string) => (raw === '' ? null : Number(raw));

  return (
    <section className="panel efforts" aria-labelledby="efforts-heading">
      <h2 id="efforts-heading">
        {t.efforts.title}
        {efforts.illustrative && <span className="tag-example">{t.common.exampleData}</span>}
      </h2>
      <p className="help">{t.efforts.effortsHelp}</p>
      <label className="check">
        <input type="checkbox" checked={show} onChange={(e) => dispatch({ type: 'set-layer', layer: 'efforts', show: e.target.checked })} />
        <span>{t.efforts.showEfforts}</span>
      </label>
      <fieldset className="effort-types">
        <legend>{t.efforts.effortTypes}</legend>
        {types.map((type) => {
          const symbol = symbols.get(type)!;
          const hidden = filter.hiddenTypes.includes(type);
          return (
            <label key={type} className="effort-type">
              <input
                type="checkbox"
                checked={!hidden}
                data-effort-type={type}
                onChange={() =>
                  setFilter({ hiddenTypes: hidden ? filter.hiddenTypes.filter((x) => x !== type) : [...filter.hiddenTypes, type] })
                }
              />
              <span className="effort-symbol" style={{ background: rgbCss(symbol.colour), color: rgbCss(symbol.textColour) }} aria-hidden="true">
                {symbol.abbreviation}
              </span>
              <span>{effortType(type)}</span>
              <span className="muted count">{all.filter((e) => e.type === type).length}</span>
            </label>
          );
        })}
      </fieldset>
      <label className="field">
        <span>{t.efforts.department}</span>
        <select value={filter.department ?? ''} onChange={(e) => setFilter({ department: e.target.value || null })} data-testid="effort-department">
          <option value="">{t.efforts.allDepartments}</option>
          {departmentsOf(all).map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t.efforts.ageGroup}</span>
        <select value={ageKey} onChange={(e) => setFilter({ ages: AGE_BANDS[e.target.value] ?? null })}>
          <option value="">{t.efforts.allAges}</option>
          {Object.keys(AGE_BANDS).map((k) => (
            <option key={k} value={k}>
              {t.efforts.ageBands[k as keyof typeof t.efforts.ageBands]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="years">
        <legend>{t.efforts.startYear}</legend>
        <label>
          {t.efforts.fromYear}
          <input type="number" min={1900} max={2100} value={filter.fromYear ?? ''} onChange={(e) => setFilter({ fromYear: year(e.target.value) })} />
        </label>
        <label>
          {t.efforts.toYear}
          <input type="number" min={1900} max={2100} value={filter.toYear ?? ''} onChange={(e) => setFilter({ toYear: year(e.target.value) })} />
        </label>
      </fieldset>
      <p className="muted" data-testid="efforts-shown">
        {t.efforts.effortsShown(visible.length, all.length)}
      </p>
      <details className="citywide">
        <summary>
          {t.efforts.citywide} ({citywide.length})
        </summary>
        <ul className="effort-list">
          {citywide.map((e) => (
            <li key={e.id}>
              <button type="button" className="link" onClick={() => dispatch({ type: 'select-effort', id: e.id })}>
                {e.name}
              </button>{' '}
              <span className="muted">{e.owner}</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
