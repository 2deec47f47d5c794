import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { defaultVariables } from '../data/bundledData.ts';
import type { Geography } from '../data/geography.ts';
import type { IndicatorDataset } from '../data/parseIndicators.ts';
import type { EffortDataset } from '../efforts/types.ts';
import { AreaPanel } from './AreaPanel.tsx';
import { DataLoader } from './DataLoader.tsx';
import { ExampleDataBanner } from './ExampleDataBanner.tsx';
import { I18nContext, makeI18n } from './i18n/I18nContext.ts';
import { Legend } from './Legend.tsx';
import { MapView, type FocusRequest } from './MapView.tsx';
import { MethodExplanation } from './MethodExplanation.tsx';
import { MethodSettings } from './MethodSettings.tsx';
import { Notices } from './Notices.tsx';
import { RankingTable } from './RankingTable.tsx';
import { SearchBox } from './SearchBox.tsx';
import { SkipLink } from './SkipLink.tsx';
import { ROUTE_HASH } from './route.ts';
import { initialState, reduce, viewOf } from './state/appState.ts';
import { decodeView, encodeView, type MapView as MapViewState } from './state/urlState.ts';
import { useDerivedView } from './state/useDerivedView.ts';
import { WeightsPanel } from './WeightsPanel.tsx';
import { EffortCard } from './EffortCard.tsx';
import { EffortsPanel } from './EffortsPanel.tsx';
import { NeedEffortView } from './NeedEffortView.tsx';
import { TryEffort } from './TryEffort.tsx';
import { typesOf } from '../efforts/filter.ts';
import { effortSymbols } from '../map/effortSymbols.ts';

const DEFAULT_KEYS: ReadonlySet<string> = new Set(defaultVariables.map((v) => v.key));

/** The planner's workspace: owns the app state; everything below renders it. */
interface Props {
  geography: Geography;
  initialDataset: IndicatorDataset;
  initialEfforts: EffortDataset;
}

export function Workspace({ geography, initialDataset, initialEfforts }: Props) {
  const [state, dispatch] = useReducer(reduce, initialDataset, (d) => initialState(d, DEFAULT_KEYS, initialEfforts));
  const i18n = useMemo(() => makeI18n(state.language), [state.language]);

  // The URL is the shareable copy of the view: read once, then kept in step.
  const defaults = useRef(viewOf(initialState(initialDataset, DEFAULT_KEYS, initialEfforts))).current;
  useEffect(() => {
    if (window.location.search === '') return;
    const decoded = decodeView(window.location.search, defaults, {
      variableKeys: new Set(initialDataset.variables.map((v) => v.key)),
      areaCodes: new Set(geography.delomradeNames.keys()),
    });
    dispatch({ type: 'apply-view', view: decoded.view, ignored: decoded.ignored });
  }, [defaults, initialDataset, geography]);
  const query = encodeView(viewOf(state), defaults);
  useEffect(() => {
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, '', url);
  }, [query]);
  const view = useDerivedView(state, geography, DEFAULT_KEYS);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const { t } = i18n;

  const focusArea = useCallback((code: string) => {
    dispatch({ type: 'select', code });
    setFocus((previous) => ({ code, nonce: (previous?.nonce ?? 0) + 1 }));
  }, []);

  const select = useCallback((code: string | null) => dispatch({ type: 'select', code }), []);
  const moveMap = useCallback((mapView: MapViewState) => dispatch({ type: 'set-map-view', mapView }), []);
  const selectEffort = useCallback((id: string | null) => dispatch({ type: 'select-effort', id }), []);
  const symbols = useMemo(() => effortSymbols(typesOf(state.efforts.efforts)), [state.efforts]);
  const selectedEffort = state.efforts.efforts.find((e) => e.id === state.selectedEffort) ?? null;
  const variableByKey = new Map(state.dataset.variables.map((v) => [v.key, v]));

  return (
    <I18nContext.Provider value={i18n}>
      <div className="app" lang={state.language}>
        <SkipLink />
        <header className="app-header">
          <div className="title">
            <h1>{t.appTitle}</h1>
            <p>{t.appSubtitle}</p>
          </div>
          {state.dataset.illustrative && <ExampleDataBanner />}
          <SearchBox items={view.areas} onChoose={focusArea} />
          <DataLoader geography={geography} defaultKeys={DEFAULT_KEYS} dispatch={dispatch} />
          <nav className="page-links" aria-label={t.appTitle}>
            <a href={`${window.location.search}${ROUTE_HASH.public}`}>{t.openPublic}</a>
          </nav>
          <label className="language">
            <span>{t.language}</span>
            <select
              value={state.language}
              onChange={(e) => dispatch({ type: 'set-language', language: e.target.value as 'sv' | 'en' })}
            >
              <option value="sv">Svenska</option>
              <option value="en">English</option>
            </select>
          </label>
        </header>
        <Notices notices={state.notices} dispatch={dispatch} />
        <main className="layout">
          <aside className="controls" aria-label={t.weights}>
            <WeightsPanel
              variables={state.dataset.variables}
              settings={state.settings}
              effectiveWeights={view.result.effectiveWeights}
              allZero={!view.result.ok}
              defaultKeys={DEFAULT_KEYS}
              dispatch={dispatch}
            />
            <MethodSettings state={state} dispatch={dispatch} />
            <EffortsPanel state={state} visible={view.visibleEfforts} citywide={view.citywideEfforts} symbols={symbols} dispatch={dispatch} />
            <MethodExplanation />
          </aside>
          <section className="map-area" aria-label={t.mapLabel}>
            <MapView
              geography={geography}
              level={state.level}
              classByCode={view.classByCode}
              selected={state.selected}
              showProposed={state.showProposed}
              showLabels={state.showLabels}
              focus={focus}
              view={view}
              variables={variableByKey}
              onSelect={select}
              showEfforts={state.showEfforts}
              selectedEffort={state.selectedEffort}
              effortSymbols={symbols}
              onSelectEffort={selectEffort}
              mapView={state.mapView}
              onMove={moveMap}
            />
            {selectedEffort && <EffortCard effort={selectedEffort} geography={geography} minCostKr={state.minCostKr} dispatch={dispatch} />}
            <Legend classification={view.classification} showProposed={state.showProposed} illustrative={state.dataset.illustrative} />
          </section>
          <section className="results">
            {state.selected && view.areaByCode.has(state.selected) ? (
              <AreaPanel
                code={state.selected}
                level={state.level}
                geography={geography}
                view={view}
                variables={state.dataset.variables}
                settings={state.settings}
                onClose={() => dispatch({ type: 'select', code: null })}
                onSelectEffort={selectEffort}
              />
            ) : (
              <p className="hint">{t.selectHint}</p>
            )}
            <div className="tabs" role="tablist" aria-label={t.ranking}>
              {(['ranking', 'need-effort'] as const).map((v) => (
                <button
                  key={v}
                  type="button"
                  role="tab"
                  id={`tab-${v}`}
                  aria-selected={state.resultsView === v}
                  aria-controls={`panel-${v}`}
                  onClick={() => dispatch({ type: 'set-results-view', view: v })}
                >
                  {t.resultsViews[v]}
                </button>
              ))}
            </div>
            <div className="tab-panel" role="tabpanel" id={`panel-${state.resultsView}`} aria-labelledby={`tab-${state.resultsView}`}>
              {state.resultsView === 'ranking' ? (
                <RankingTable
                  level={state.level}
                  geography={geography}
                  view={view}
                  variables={state.dataset.variables}
                  selected={state.selected}
                  onSelect={focusArea}
                />
              ) : (
                <div className="need-effort-scroll">
                  <NeedEffortView result={view.needEffort} view={view} selected={state.selected} onSelect={focusArea} />
                  <TryEffort minCostKr={state.minCostKr} dispatch={dispatch} />
                </div>
              )}
            </div>
          </section>
        </main>
      </div>
    </I18nContext.Provider>
  );
}
