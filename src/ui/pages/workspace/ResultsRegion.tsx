import { useMemo } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Dispatch, RefObject } from 'react';
import type { Geography } from '../../../data/geography.ts';
import type { WhatItTakes } from '../../../index/uncertainty/whatItTakes.ts';
import { AreaPanel } from '../../area/AreaPanel.tsx';
import { AreaRobustness } from '../../area/AreaRobustness.tsx';
import { AreaTrends } from '../../area/AreaTrends.tsx';
import type { FollowUp } from '../../../followup/followUp.ts';
import { FollowUpView } from '../../results/follow-up/FollowUpView.tsx';
import { TryEffort } from '../../efforts/TryEffort.tsx';
import { useI18n } from '../../i18n/I18nContext.ts';
import { NeedEffortView } from '../../results/need-effort/NeedEffortView.tsx';
import { RankingTable } from '../../results/ranking/RankingTable.tsx';
import { useHeldWhile } from '../../common/useHeldWhile.ts';
import { RobustnessPanel } from '../../results/robustness/RobustnessPanel.tsx';
import { ExportsPanel } from '../../results/scenarios/ExportsPanel.tsx';
import { ParticipantsPanel } from '../../results/scenarios/ParticipantsPanel.tsx';
import { ScenariosPanel } from '../../results/scenarios/ScenariosPanel.tsx';
import type { AppState } from '../../state/appState.ts';
import type { Action } from '../../state/reduce.ts';
import type { Comparison } from '../../state/selectors/comparison.ts';
import type { Consensus } from '../../state/selectors/consensus.ts';
import type { DerivedView } from '../../state/selectors/derivedView.ts';
import type { UncertaintyView } from '../../state/useUncertainty.ts';
import { RESULTS_VIEWS } from '../../state/view.ts';
import type { AreaEvidence, Coverage } from '../../../decision/types.ts';
import { DecisionView } from '../../results/decision/DecisionView.tsx';
import { AreaDecisionStatus } from '../../area/AreaDecisionStatus.tsx';
import type { MapImageInput } from '../../map/mapImageText.ts';
import { PHONE_QUERY, useMediaQuery } from '../../common/useMediaQuery.ts';

interface Props {
  presentation: boolean;
  state: Pick<AppState, 'view' | 'dataset' | 'scenarios' | 'participants' | 'defaultKeys' | 'decision'> & { minCostKr: number };
  /** The decision's live figures and what saving and links need. */
  /** `coverage` is null while the Beslut tab is not shown at delområde level. */
  decision: { coverage: Coverage | null; evidence: readonly AreaEvidence[]; analysing: boolean; onSave: () => void; linkTo: (revision: number) => string };
  derived: DerivedView;
  geography: Geography;
  comparison: Comparison | null;
  followUp: FollowUp | null;
  consensus: Consensus;
  uncertainty: UncertaintyView;
  whatItTakes: { result: WhatItTakes | null; pending: boolean; firstPlaces: readonly string[] | null | undefined };
  /** Stadskontoret's proposed areas at this level. */
  proposed: ReadonlySet<string>;
  mapRef: RefObject<MaplibreMap | null>;
  /** What the map draws beyond the colours, for the exported picture's keys. */
  mapKeys: Pick<MapImageInput, 'efforts' | 'symbols' | 'chosenCount'>;
  dispatch: Dispatch<Action>;
  onSelect: (code: string) => void;
  /** A weight is being dragged: the ranking keeps what it showed until it is let go. */
  holdRanking: boolean;
}

/** The right column: the selected area's panel, then the results tabs. */
export function ResultsRegion({ presentation, state, decision, derived, geography, comparison, followUp, consensus, uncertainty, whatItTakes, proposed, mapRef, mapKeys, dispatch, onSelect, holdRanking }: Props) {
  const rankingView = useHeldWhile(derived, holdRanking);
  const { t, language } = useI18n();
  const { view, dataset } = state;
  // On a phone the table keeps rank, name and index; the values are in the area's panel.
  const phone = useMediaQuery(PHONE_QUERY);
  // The table shows the index's own variables and those given a weight: a
  // file with 300 columns would otherwise lay out 40,000 cells for nothing.
  const tableVariables = useMemo(
    () => dataset.variables.filter((v) => state.defaultKeys.has(v.key) || (view.weights[v.key] ?? 0) > 0),
    [dataset.variables, state.defaultKeys, view.weights],
  );
  const labelOf = new Map(dataset.variables.map((v) => [v.key, v.label[language]]));
  const followed = useMemo(() => dataset.variables.filter((v) => state.defaultKeys.has(v.key) || v.role === 'outcome'), [dataset.variables, state.defaultKeys]);
  const selected = view.selected !== null && derived.areaByCode.has(view.selected) ? view.selected : null;
  return (
    <section className="results">
      {selected ? (
        <AreaPanel
          code={selected}
          level={view.level}
          geography={geography}
          view={derived}
          variables={dataset.variables}
          settings={derived.settings}
          onClose={() => dispatch({ type: 'select', code: null })}
          onSelectEffort={(id) => dispatch({ type: 'select-effort', id })}
          trends={<AreaTrends code={selected} level={view.level} dataset={dataset} geography={geography} variables={followed} startYear={view.followUp.startYear} />}
        >
          {view.level === 'delomrade' && (
            <AreaDecisionStatus area={state.decision.draft.areas.find((a) => a.code === selected)} name={derived.areaByCode.get(selected)?.name ?? selected} onToggle={() => dispatch({ type: 'decision-toggle', code: selected })} />
          )}
          <AreaRobustness
            uncertainty={uncertainty.byCode.get(selected)}
            whatItTakes={whatItTakes}
            topN={derived.topN.n}
            ranked={derived.scoreByCode.get(selected)?.rank != null}
            weights={uncertainty.model.keys.map((key, j) => ({ key, label: labelOf.get(key) ?? key, share: uncertainty.model.shares[j] }))}
            reliability={derived.reliability.get(selected)}
          />
        </AreaPanel>
      ) : (
        !presentation && <p className="hint">{t.area.selectHint}</p>
      )}
      <div className="tabs" role="tablist" aria-label={t.ranking.title}>
        {RESULTS_VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            id={`tab-${v}`}
            aria-selected={view.resultsView === v}
            aria-controls={`panel-${v}`}
            onClick={() => dispatch({ type: 'set-results-view', view: v })}
          >
            {t.ranking.resultsViews[v]}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`panel-${view.resultsView}`} aria-labelledby={`tab-${view.resultsView}`}>
        {view.resultsView === 'ranking' && (
          <RankingTable level={view.level} geography={geography} view={rankingView} held={holdRanking} variables={tableVariables} selected={view.selected} onSelect={onSelect} compact={presentation || phone} />
        )}
        {view.resultsView === 'robustness' && (
          <div className="scroll-panel">
            <RobustnessPanel
              settings={view.uncertainty}
              topN={derived.topN}
              mapColour={view.mapColour}
              selected={view.selected}
              variables={dataset.variables}
              view={derived}
              uncertainty={uncertainty}
              proposed={proposed}
              firstPlaces={whatItTakes.firstPlaces}
              dispatch={dispatch}
              onSelect={onSelect}
              compact={presentation}
            />
          </div>
        )}
        {view.resultsView === 'need-effort' && (
          <div className="scroll-panel">
            <NeedEffortView result={derived.needEffort} view={derived} selected={view.selected} onSelect={onSelect} />
            {!presentation && <TryEffort minCostKr={state.minCostKr} dispatch={dispatch} />}
          </div>
        )}
        {view.resultsView === 'decision' && (
          <div className="scroll-panel">
            <DecisionView
              decision={state.decision}
              dataset={dataset}
              level={view.level}
              selected={view.selected}
              topN={derived.topN.n}
              derived={derived}
              coverage={decision.coverage}
              evidence={decision.evidence}
              analysing={decision.analysing}
              proposed={proposed}
              nameOf={(code) => geography.delomradeNames.get(code) ?? code}
              linkTo={decision.linkTo}
              onSave={decision.onSave}
              compact={presentation}
              dispatch={dispatch}
              onSelect={onSelect}
            />
          </div>
        )}
        {view.resultsView === 'follow-up' && followUp && (
          <div className="scroll-panel">
            <FollowUpView followUp={followUp} dataset={dataset} geography={geography} compact={presentation} dispatch={dispatch} onSelect={onSelect} />
          </div>
        )}
        {view.resultsView === 'scenarios' && (
          <div className="scroll-panel">
            <ParticipantsPanel
              participants={state.participants}
              variables={dataset.variables}
              weights={view.weights}
              consensus={consensus}
              topN={derived.topN.n}
              view={derived}
              dispatch={dispatch}
              onSelect={onSelect}
            />
            <ScenariosPanel scenarios={state.scenarios} current={view} variables={dataset.variables} topN={derived.topN} view={derived} comparison={comparison} dispatch={dispatch} onSelect={onSelect} />
            <ExportsPanel dataset={dataset} view={view} derived={derived} mapRef={mapRef} {...mapKeys} />
          </div>
        )}
      </div>
    </section>
  );
}
