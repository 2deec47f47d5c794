import type { Map as MaplibreMap } from 'maplibre-gl';
import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import { effortTypeAbbreviations, proposedCodes, proposedGroups } from '../../data/bundledData.ts';
import { typesOf } from '../../efforts/filter.ts';
import { effortSymbols } from '../../map/effortSymbols.ts';
import { stateInput, type BootData } from '../app/boot.ts';
import type { Dispatch } from 'react';
import { KeyOverlay } from '../common/KeyOverlay.tsx';
import { useDocumentLanguage } from '../common/useDocumentLanguage.ts';
import { Notices } from '../common/Notices.tsx';
import { RegionBoundary } from '../common/RegionBoundary.tsx';
import { SkipLink } from '../common/SkipLink.tsx';
import { I18nContext, makeI18n } from '../i18n/I18nContext.ts';
import type { FocusRequest } from '../map/MapView.tsx';
import { initialState, type AppState } from '../state/appState.ts';
import { safeReduce, type Action } from '../state/reduce.ts';
import { selectChange } from '../state/selectors/change.ts';
import { selectComparison } from '../state/selectors/comparison.ts';
import { selectFollowUp } from '../state/selectors/followUp.ts';
import { selectConsensus } from '../state/selectors/consensus.ts';
import { selectDerivedView } from '../state/selectors/derivedView.ts';
import { colourOverride } from '../state/selectors/mapColours.ts';
import { readStoredDecision, readStoredParticipants, readStoredScenarios, useBrowserStorage } from '../state/useBrowserStorage.ts';
import { useShortcuts } from '../state/useShortcuts.ts';
import { useUncertainty, useWhatItTakes } from '../state/useUncertainty.ts';
import { useUrlSync } from '../state/useUrlSync.ts';
import { defaultView, type ViewState } from '../state/view.ts';
import { FollowUpReport } from '../report/FollowUpReport.tsx';
import { DecisionDocument } from '../report/DecisionDocument.tsx';
import { documentRevisionOf, type Route } from '../app/route.ts';
import { openLinkedRevision } from '../state/slices/decision.ts';
import { latestRevision } from '../../decision/revisions.ts';
import { useDecision } from '../state/useDecision.ts';
import { ControlsColumn } from './workspace/ControlsColumn.tsx';
import { MapRegion } from './workspace/MapRegion.tsx';
import { ResultsRegion } from './workspace/ResultsRegion.tsx';
import { useSliderDrag } from '../controls/useSliderDrag.ts';
import { WorkspaceHeader } from './workspace/WorkspaceHeader.tsx';

const PROPOSED_CODES: ReadonlySet<string> = new Set(proposedCodes);
const NO_CODES: ReadonlySet<string> = new Set();

/**
 * The planners' workspace (and, with `presentation`, the workshop view). It
 * owns the app state and keeps it (and its link and storage) above an error
 * boundary: whatever fails below, the data already loaded stays.
 */
export function Workspace({ boot, route }: { boot: BootData; route: Exclude<Route, 'public' | 'accessibility'> }) {
  const [state, dispatch] = useReducer(safeReduce, boot, (b) =>
    openLinkedRevision(initialState({ ...stateInput(b), stored: readStoredScenarios(), storedDecision: readStoredDecision(), storedParticipants: readStoredParticipants(), query: window.location.search }), window.location.search),
  );
  const { view } = state;
  const i18n = useMemo(() => makeI18n(view.language), [view.language]);
  useDocumentLanguage(view.language, i18n.t.common.documentTitle);
  const defaults = useMemo(() => defaultView(state.dataset.variables, state.defaultKeys), [state.dataset.variables, state.defaultKeys]);
  useUrlSync(view, defaults);
  useBrowserStorage(state, dispatch);
  return (
    <I18nContext.Provider value={i18n}>
      <RegionBoundary className="boot">
        {route === 'report' ? (
          <ReportBody boot={boot} state={state} />
        ) : route === 'decision' ? (
          <DecisionDocumentBody boot={boot} state={state} />
        ) : (
          <WorkspaceBody boot={boot} presentation={route === 'workshop'} state={state} dispatch={dispatch} defaults={defaults} />
        )}
      </RegionBoundary>
    </I18nContext.Provider>
  );
}

function ReportBody({ boot, state }: { boot: BootData; state: AppState }) {
  const followUp = selectFollowUp(state);
  const [printedOn] = useState(() => new Date());
  return followUp ? <FollowUpReport followUp={followUp} dataset={state.dataset} geography={boot.geography} printedOn={printedOn} /> : null;
}

function DecisionDocumentBody({ boot, state }: { boot: BootData; state: AppState }) {
  const [printedOn] = useState(() => new Date());
  const wanted = documentRevisionOf(window.location.hash);
  const revision = wanted === null ? latestRevision(state.decision.record) : state.decision.record?.revisions.find((r) => r.revision === wanted);
  return <DecisionDocument revision={revision ?? null} dataset={state.dataset} geography={boot.geography} proposed={PROPOSED_CODES} printedOn={printedOn} />;
}

function WorkspaceBody({ boot, presentation, state, dispatch, defaults }: { boot: BootData; presentation: boolean; state: AppState; dispatch: Dispatch<Action>; defaults: ViewState }) {
  const { geography } = boot;
  const { view } = state;

  const derived = selectDerivedView(state, geography);
  const comparison = selectComparison(state, geography);
  const consensus = selectConsensus(state, geography);
  const uncertainty = useUncertainty(
    { areas: derived.areas, variables: state.dataset.variables, settings: derived.settings, normalisation: view.normalisation },
    view.uncertainty,
    derived.topN.n,
  );
  const whatItTakes = useWhatItTakes(uncertainty, view.selected, derived.topN.n, view.resultsView === 'robustness');
  const change = selectChange(state, geography);
  const followUp = selectFollowUp(state);
  const colours = colourOverride(view.mapColour, derived.order, uncertainty.byCode, comparison, change);
  const decision = useDecision(state, derived, uncertainty, defaults, dispatch);
  const atDelomrade = view.level === 'delomrade';
  const symbols = useMemo(() => effortSymbols(typesOf(state.efforts.dataset.efforts), effortTypeAbbreviations), [state.efforts.dataset]);
  const mapRef = useRef<MaplibreMap | null>(null);

  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  // No variable is picked until a number key picks one.
  const [picked, setPicked] = useState(-1);
  const weightDrag = useSliderDrag();
  const focusArea = useCallback(
    (code: string) => {
      dispatch({ type: 'select', code });
      setFocus((previous) => ({ code, nonce: (previous?.nonce ?? 0) + 1 }));
    },
    [dispatch],
  );
  useShortcuts(state, dispatch, { focusArea, toggleHelp: () => setHelpOpen((o) => !o), closeHelp: () => setHelpOpen(false), helpOpen, pickVariable: setPicked, picked });

  return (
    <div className={presentation ? 'app presentation' : 'app'} lang={view.language}>
      <SkipLink />
      <WorkspaceHeader
        presentation={presentation}
        illustrative={state.dataset.illustrative}
        dataFile={state.dataset.fileName}
        areas={derived.areas}
        latestYear={state.dataset.years[state.dataset.years.length - 1] ?? null}
        geography={geography}
        language={view.language}
        dispatch={dispatch}
        onChooseArea={focusArea}
        onHelp={() => setHelpOpen(true)}
      />
      <main className="layout">
        {/* Over the page, not in its flow: a notice that pushed the map down
            would resize its canvas, which waits seconds on a software GPU. */}
        <Notices notices={state.notices.items} onDismiss={(id) => dispatch({ type: 'dismiss-notice', id })} />
        <RegionBoundary>
          <ControlsColumn
            presentation={presentation}
            state={{ dataset: state.dataset, defaultKeys: state.defaultKeys, view, efforts: state.efforts.dataset }}
            year={derived.year}
            choiceYear={followUp?.matchYear ?? derived.year}
            derived={derived}
            counts={{ areas: { delomrade: geography.delomraden.length, geso: geography.geso.length }, proposedGroups: proposedGroups.length }}
            symbols={symbols}
            picked={picked}
            drag={weightDrag.handlers}
            dispatch={dispatch}
          />
        </RegionBoundary>
        <RegionBoundary>
          <MapRegion
            presentation={presentation}
            geography={geography}
            view={view}
            dataset={state.dataset}
            efforts={state.efforts}
            derived={derived}
            uncertaintyByCode={uncertainty.byCode}
            colourOverride={colours}
            rankChange={comparison !== null && view.mapColour === 'index'}
            change={change}
            chosen={atDelomrade ? decision.chosen : NO_CODES}
            symbols={symbols}
            focus={focus}
            mapRef={mapRef}
            dispatch={dispatch}
          />
        </RegionBoundary>
        <RegionBoundary>
          <ResultsRegion
            presentation={presentation}
            state={{ view, dataset: state.dataset, defaultKeys: state.defaultKeys, scenarios: state.scenarios, participants: state.participants, minCostKr: state.efforts.minCostKr, decision: state.decision }}
            decision={decision}
            derived={derived}
            geography={geography}
            comparison={comparison}
            followUp={followUp}
            consensus={consensus}
            uncertainty={uncertainty}
            whatItTakes={whatItTakes}
            proposed={view.level === 'delomrade' ? PROPOSED_CODES : NO_CODES}
            mapRef={mapRef}
            mapKeys={{ efforts: state.efforts.dataset, symbols, chosenCount: atDelomrade && view.layers.chosen ? decision.chosen.size : 0 }}
            holdRanking={weightDrag.dragging}
            dispatch={dispatch}
            onSelect={focusArea}
          />
        </RegionBoundary>
      </main>
      {helpOpen && <KeyOverlay onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
