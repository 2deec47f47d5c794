import { useMemo, type Dispatch } from 'react';
import { chosenCodes } from '../../decision/draft.ts';
import type { AreaUncertainty } from '../../index/uncertainty/simulate.ts';
import type { AppState } from './appState.ts';
import { DECISION_PARAM } from './decisionStore.ts';
import type { Action } from './reduce.ts';
import { decisionBasis, householdKeys, liveCoverage, liveEvidence } from './selectors/decision.ts';
import type { DerivedView } from './selectors/derivedView.ts';
import { encodeView } from './urlState.ts';
import type { ViewState } from './view.ts';

/** A new record's id: random, so two browsers starting a decision never share one. */
const newRecordId = () => Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => (b % 36).toString(36)).join('');

/**
 * The decision's live figures for the workspace – what the selection
 * covers and the evidence per area – and the two things the panel asks of
 * the shell: saving a revision (with today's figures and time) and a link
 * to one. The figures are computed only while the Beslut tab shows them:
 * a slider drag elsewhere does not pay for them.
 */
export function useDecision(state: AppState, derived: DerivedView, uncertainty: { byCode: ReadonlyMap<string, AreaUncertainty>; running: boolean }, defaults: ViewState, dispatch: Dispatch<Action>) {
  const { view } = state;
  const { draft, record } = state.decision;
  const shown = view.resultsView === 'decision' && view.level === 'delomrade';
  const keys = useMemo(() => householdKeys(state.dataset, state.defaultKeys), [state.dataset, state.defaultKeys]);
  const coverage = useMemo(() => (shown ? liveCoverage(draft, derived, derived.topN.n, keys) : null), [shown, draft, derived, keys]);
  const evidence = useMemo(() => (coverage ? liveEvidence(draft, coverage, derived, uncertainty.byCode) : []), [draft, coverage, derived, uncertainty.byCode]);
  const chosen = useMemo(() => new Set(chosenCodes(draft)), [draft]);
  return {
    coverage,
    evidence,
    chosen,
    analysing: uncertainty.running,
    onSave: () => coverage && dispatch({ type: 'decision-save', basis: decisionBasis(state), evidence, coverage, savedAt: new Date().toISOString(), newId: newRecordId() }),
    /** The revision's weighting, year and N in the view's own parameters, plus `beslut=`. */
    linkTo: (revision: number) => {
      const r = record?.revisions.find((x) => x.revision === revision);
      const linked = r ? { ...view, weights: r.basis.weights, directions: r.basis.directions, normalisation: r.basis.normalisation, year: r.basis.year, topN: r.basis.topN, resultsView: 'decision' as const } : view;
      const query = encodeView(linked, defaults);
      return `${window.location.origin}${window.location.pathname}?${query ? `${query}&` : ''}${DECISION_PARAM}=${record?.id}-${revision}`;
    },
  };
}
