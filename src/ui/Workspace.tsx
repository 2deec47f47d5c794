import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import { datasetMetadata, defaultVariables, proposedGroups } from '../data/bundledData.ts';
import type { Geography } from '../data/geography.ts';
import type { IndicatorDataset } from '../data/parseIndicators.ts';
import { typesOf } from '../efforts/filter.ts';
import type { EffortDataset } from '../efforts/types.ts';
import { CLASS_COUNT } from '../map/classify.ts';
import { effortSymbols } from '../map/effortSymbols.ts';
import { NEED_COLOURS } from '../map/palette.ts';
import { PROBABILITY_COLOURS, probabilityClass, probabilityLegendRows } from '../map/probabilityColours.ts';
import { AreaRobustness } from './AreaRobustness.tsx';
import { RobustnessPanel } from './RobustnessPanel.tsx';
import { useReach, useUncertainty } from './state/useUncertainty.ts';
import { AreaPanel } from './AreaPanel.tsx';
import { DataLoader } from './DataLoader.tsx';
import { EffortCard } from './EffortCard.tsx';
import { EffortsPanel } from './EffortsPanel.tsx';
import { ExampleDataBanner } from './ExampleDataBanner.tsx';
import { exportMapPng } from './exportMapPng.ts';
import { classRangeLabels } from './format.ts';
import { I18nContext, makeI18n } from './i18n/I18nContext.ts';
import { KeyOverlay } from './KeyOverlay.tsx';
import { Legend } from './Legend.tsx';
import { MapView, type FocusRequest } from './MapView.tsx';
import { MethodExplanation } from './MethodExplanation.tsx';
import { MethodSettings } from './MethodSettings.tsx';
import { NeedEffortView } from './NeedEffortView.tsx';
import { Notices } from './Notices.tsx';
import { ParticipantsPanel } from './ParticipantsPanel.tsx';
import { RankingTable } from './RankingTable.tsx';
import { ROUTE_HASH } from './route.ts';
import { ScenariosPanel } from './ScenariosPanel.tsx';
import { SearchBox } from './SearchBox.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';
import { SkipLink } from './SkipLink.tsx';
import { initialState, reduce, RESULTS_VIEWS, viewOf } from './state/appState.ts';
import { download, rankingCsv } from './state/exports.ts';
import type { MapView as MapViewState } from './state/urlState.ts';
import { useComparison } from './state/useComparison.ts';
import { useDerivedView } from './state/useDerivedView.ts';
import { readStoredScenarios, useScenarioStorage } from './state/useScenarioStorage.ts';
import { useShortcuts } from './state/useShortcuts.ts';
import { useUrlSync } from './state/useUrlSync.ts';
import { TryEffort } from './TryEffort.tsx';
import { WeightsPanel } from './WeightsPanel.tsx';

const DEFAULT_KEYS: ReadonlySet<string> = new Set(defaultVariables.map((v) => v.key));
const PROPOSED_CODES: ReadonlySet<string> = new Set(proposedGroups.flatMap((g) => g.codes));
const NO_CODES: ReadonlySet<string> = new Set();

interface Props {
  geography: Geography;
  initialDataset: IndicatorDataset;
  initialEfforts: EffortDataset;
  /** Workshop mode for a projector: large type, only the controls the discussion needs. */
  presentation?: boolean;
}

/** The planners' workspace (and, with `presentation`, the workshop view): owns the app state. */
export function Workspace({ geography, initialDataset, initialEfforts, presentation = false }: Props) {
  const [stored] = useState(() => readStoredScenarios(new Set(initialDataset.variables.map((v) => v.key))));
  const [state, dispatch] = useReducer(reduce, initialDataset, (d) => ({ ...initialState(d, DEFAULT_KEYS, initialEfforts), scenarios: stored.scenarios }));
  const i18n = useMemo(() => makeI18n(state.language), [state.language]);
  const { t, language, percent, number } = i18n;
  const defaults = useRef(viewOf(initialState(initialDataset, DEFAULT_KEYS, initialEfforts))).current;
  useUrlSync(state, dispatch, defaults, geography);
  useScenarioStorage(state, dispatch, stored.setAside);
  const view = useDerivedView(state, geography, DEFAULT_KEYS);
  const comparison = useComparison(state, view.areas, DEFAULT_KEYS);
  const uncertainty = useUncertainty(
    { areas: view.areas, variables: state.dataset.variables, settings: state.settings, normalisation: state.normalisation },
    state.uncertainty,
    state.topN,
  );
  const reach = useReach(uncertainty, state.selected, state.topN);
  const probabilityMap = state.mapColour === 'probability';
  const probabilityColours = useMemo(
    () =>
      probabilityMap
        ? new Map(view.areas.map((a) => {
            const u = uncertainty.byCode.get(a.code);
            return [a.code, u ? PROBABILITY_COLOURS[probabilityClass(u.pTop)] : null] as const;
          }))
        : null,
    [probabilityMap, view.areas, uncertainty.byCode],
  );
  const colourOverride = probabilityColours ?? comparison?.colourByCode ?? null;
  const proposedCodes = state.level === 'delomrade' ? PROPOSED_CODES : NO_CODES;
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  // No variable is picked until a number key picks one.
  const [picked, setPicked] = useState(-1);

  const focusArea = useCallback((code: string) => {
    dispatch({ type: 'select', code });
    setFocus((previous) => ({ code, nonce: (previous?.nonce ?? 0) + 1 }));
  }, []);
  useShortcuts(
    state,
    dispatch,
    { focusArea, toggleHelp: () => setHelpOpen((o) => !o), closeHelp: () => setHelpOpen(false), pickVariable: setPicked, picked },
    DEFAULT_KEYS,
  );

  const select = useCallback((code: string | null) => dispatch({ type: 'select', code }), []);
  const moveMap = useCallback((mapView: MapViewState) => dispatch({ type: 'set-map-view', mapView }), []);
  const selectEffort = useCallback((id: string | null) => dispatch({ type: 'select-effort', id }), []);
  const symbols = useMemo(() => effortSymbols(typesOf(state.efforts.efforts)), [state.efforts]);
  const selectedEffort = state.efforts.efforts.find((e) => e.id === state.selectedEffort) ?? null;
  const variableByKey = new Map(state.dataset.variables.map((v) => [v.key, v]));

  const exportPng = async () => {
    const map = (window as unknown as { kraftsamlaMap?: Parameters<typeof exportMapPng>[0] }).kraftsamlaMap;
    if (!map) return;
    const ranges = classRangeLabels(view.classification, number, CLASS_COUNT);
    const legendTitle = probabilityMap ? t.robustness.legendTitle(state.topN) : t.legendTitle;
    const classes = probabilityMap
      ? probabilityLegendRows(t.robustness.legendClasses)
      : Array.from({ length: CLASS_COUNT }, (_, i) => CLASS_COUNT - 1 - i).map((k) => ({ colour: NEED_COLOURS[k], label: ranges[k] }));
    const blob = await exportMapPng(map, {
      title: `${t.appTitle} – ${legendTitle.toLowerCase()}`,
      subtitle: `${t.levels[state.level]} · ${t.normalisations[state.normalisation]}`,
      legendTitle,
      legend: [...classes, { colour: 'hatch' as const, label: t.missing }],
      weights: state.settings.map((s) => `${variableByKey.get(s.key)?.label[language] ?? s.key}: ${percent(view.result.effectiveWeights[s.key] ?? 0)}`),
      vintage: `${t.dataSource}: ${datasetMetadata.vintage}`,
      attribution: t.attribution,
      exampleNote: state.dataset.illustrative ? t.exampleData : null,
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'kraftsamla-karta.png';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <I18nContext.Provider value={i18n}>
      <div className={presentation ? 'app presentation' : 'app'} lang={language}>
        <SkipLink />
        <header className="app-header">
          <div className="title">
            <h1>{t.appTitle}</h1>
            {!presentation && <p>{t.appSubtitle}</p>}
          </div>
          {state.dataset.illustrative && <ExampleDataBanner />}
          <SearchBox items={view.areas} onChoose={focusArea} />
          {!presentation && <DataLoader geography={geography} defaultKeys={DEFAULT_KEYS} dispatch={dispatch} />}
          <nav className="page-links" aria-label={t.appTitle}>
            {presentation ? (
              <a href={`${window.location.search}#`}>{t.exitWorkshop}</a>
            ) : (
              <>
                <a href={`${window.location.search}${ROUTE_HASH.workshop}`}>{t.workshop}</a>
                <a href={`${window.location.search}${ROUTE_HASH.public}`}>{t.openPublic}</a>
              </>
            )}
            <button type="button" className="small" onClick={() => setHelpOpen(true)} aria-haspopup="dialog">
              {t.keysTitle} (?)
            </button>
          </nav>
          <LanguageSelect label={t.language} value={language} onChange={(l) => dispatch({ type: 'set-language', language: l })} />
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
              picked={picked}
            />
            <MethodSettings state={state} dispatch={dispatch} compact={presentation} />
            {!presentation && (
              <EffortsPanel state={state} visible={view.visibleEfforts} citywide={view.citywideEfforts} symbols={symbols} dispatch={dispatch} />
            )}
            {!presentation && <MethodExplanation />}
          </aside>
          <section className="map-area" aria-label={t.mapLabel}>
            <MapView
              geography={geography}
              level={state.level}
              selected={state.selected}
              showProposed={state.showProposed}
              showLabels={state.showLabels}
              focus={focus}
              view={view}
              variables={variableByKey}
              onSelect={select}
              efforts={{ show: state.showEfforts, selected: state.selectedEffort, symbols, onSelect: selectEffort }}
              mapView={state.mapView}
              onMove={moveMap}
              colourOverride={colourOverride}
              hoverNotes={(code) => {
                const u = uncertainty.byCode.get(code);
                return [
                  ...(u ? [`${t.robustness.probability(state.topN)}: ${percent(u.pTop)} · ${t.robustness.intervalText(number(u.low, 0), number(u.high, 0))}`] : []),
                  ...(view.flagged.has(code) ? [t.robustness.smallArea] : []),
                ];
              }}
              scale={presentation ? 1.6 : 1}
            />
            {selectedEffort && <EffortCard effort={selectedEffort} geography={geography} minCostKr={state.minCostKr} dispatch={dispatch} />}
            <Legend
              classification={view.classification}
              showProposed={state.showProposed}
              illustrative={state.dataset.illustrative}
              rankChange={comparison !== null}
              probabilityTopN={probabilityMap ? state.topN : null}
              smallAreas={view.flagged.size > 0}
            />
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
              >
                <AreaRobustness
                  uncertainty={uncertainty.byCode.get(state.selected)}
                  reach={reach}
                  topN={state.topN}
                  ranked={view.scoreByCode.get(state.selected)?.rank != null}
                  weights={uncertainty.model.keys.map((key, j) => ({
                    key,
                    label: variableByKey.get(key)?.label[language] ?? key,
                    share: uncertainty.model.shares[j],
                  }))}
                  reliability={view.reliability.get(state.selected)}
                />
              </AreaPanel>
            ) : (
              !presentation && <p className="hint">{t.selectHint}</p>
            )}
            <div className="tabs" role="tablist" aria-label={t.ranking}>
              {RESULTS_VIEWS.map((v) => (
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
              {state.resultsView === 'ranking' && (
                <RankingTable
                  level={state.level}
                  geography={geography}
                  view={view}
                  variables={state.dataset.variables}
                  selected={state.selected}
                  onSelect={focusArea}
                  compact={presentation}
                />
              )}
              {state.resultsView === 'robustness' && (
                <div className="scroll-panel">
                  <RobustnessPanel
                    state={state}
                    view={view}
                    uncertainty={uncertainty}
                    proposed={proposedCodes}
                    firstPlaces={reach.firstPlaces}
                    dispatch={dispatch}
                    onSelect={focusArea}
                    compact={presentation}
                  />
                </div>
              )}
              {state.resultsView === 'need-effort' && (
                <div className="scroll-panel">
                  <NeedEffortView result={view.needEffort} view={view} selected={state.selected} onSelect={focusArea} />
                  {!presentation && <TryEffort minCostKr={state.minCostKr} dispatch={dispatch} />}
                </div>
              )}
              {state.resultsView === 'scenarios' && (
                <div className="scroll-panel">
                  <ParticipantsPanel state={state} view={view} dispatch={dispatch} onSelect={focusArea} />
                  <ScenariosPanel state={state} view={view} comparison={comparison} dispatch={dispatch} onSelect={focusArea} />
                  <section className="panel" aria-labelledby="export-heading">
                    <h2 id="export-heading">{t.exportTitle}</h2>
                    <div className="button-row">
                      <button type="button" onClick={() => download('kraftsamla-rangordning.csv', rankingCsv(view, state.dataset.variables, language), 'text/csv;charset=utf-8')}>
                        {t.exportCsv}
                      </button>
                      <button type="button" onClick={() => void exportPng()} data-testid="export-png">
                        {t.exportPng}
                      </button>
                    </div>
                  </section>
                </div>
              )}
            </div>
          </section>
        </main>
        {helpOpen && <KeyOverlay onClose={() => setHelpOpen(false)} />}
      </div>
    </I18nContext.Provider>
  );
}
