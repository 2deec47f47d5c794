import { useMemo, type Dispatch } from 'react';
import { basisMismatch, isMismatch } from '../../../decision/basis.ts';
import { chosenCodes } from '../../../decision/draft.ts';
import { draftChanged, latestRevision } from '../../../decision/revisions.ts';
import { AREA_STATUSES, type AreaDecision, type AreaEvidence, type Coverage } from '../../../decision/types.ts';
import type { IndicatorDataset } from '../../../data/parseIndicators.ts';
import { useI18n } from '../../i18n/I18nContext.ts';
import type { AppState } from '../../state/appState.ts';
import type { Action } from '../../state/reduce.ts';
import { currentData } from '../../state/selectors/decision.ts';
import type { DerivedView } from '../../state/selectors/derivedView.ts';
import type { Level } from '../../state/view.ts';
import { CoverageSummary } from './CoverageSummary.tsx';
import { DecisionAreaItem } from './DecisionAreaItem.tsx';
import { LeftOutList } from './LeftOutList.tsx';
import { NotesPanel } from './NotesPanel.tsx';
import { RecordPanel } from './RecordPanel.tsx';
import { RevisionHistory } from './RevisionHistory.tsx';

interface Props {
  decision: AppState['decision'];
  dataset: IndicatorDataset;
  level: Level;
  selected: string | null;
  topN: number;
  derived: DerivedView;
  /** Null away from delområde level, where there is no selection to cover. */
  coverage: Coverage | null;
  evidence: readonly AreaEvidence[];
  /** The robustness analysis is still running. */
  analysing: boolean;
  proposed: ReadonlySet<string>;
  nameOf: (code: string) => string;
  linkTo: (revision: number) => string;
  onSave: () => void;
  compact: boolean;
  dispatch: Dispatch<Action>;
  onSelect: (code: string) => void;
}

/** Chosen first, then still open, postponed and not chosen; by rank within each. */
const STATUS_ORDER = ['chosen', 'proposed', 'postponed', 'not-chosen'] as const satisfies typeof AREA_STATUSES;

/** The steering group's decision: the selection, what it covers, its reasons, the notes and the record. */
export function DecisionView({ decision, dataset, level, selected, topN, derived, coverage, evidence, analysing, proposed, nameOf, linkTo, onSave, compact, dispatch, onSelect }: Props) {
  const { t } = useI18n();
  const d = t.decision;
  const { draft, record } = decision;
  const evidenceByCode = useMemo(() => new Map(evidence.map((e) => [e.code, e])), [evidence]);
  const listed = useMemo(() => new Map(draft.areas.map((a): [string, AreaDecision] => [a.code, a])), [draft.areas]);
  const rankOf = (code: string) => evidenceByCode.get(code)?.rank ?? Infinity;
  const areas = [...draft.areas].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || rankOf(a.code) - rankOf(b.code));
  const latest = latestRevision(record);
  const mismatch = latest ? basisMismatch(latest.basis, currentData(dataset)) : null;
  const changed = draftChanged(draft, record);

  if (level !== 'delomrade' || coverage === null) {
    return (
      <div className="decision" data-testid="decision">
        <p>{d.delomradeOnly}</p>
        <button type="button" onClick={() => dispatch({ type: 'set-level', level: 'delomrade' })}>
          {d.toDelomraden}
        </button>
      </div>
    );
  }
  return (
    <div className="decision" data-testid="decision">
      <h2>{d.title}</h2>
      {dataset.illustrative && <p className="example-note">{t.common.exampleData}.</p>}
      <p className="help">{compact ? d.keyHint : d.intro}</p>
      {latest && mismatch && isMismatch(mismatch) && (
        <p className="notice-inline" role="note" data-testid="decision-other-data">
          {d.otherData(latest.revision, `${latest.basis.dataFile} (${latest.basis.vintage})`, `${dataset.fileName} (${currentData(dataset).vintage})`, mismatch.missingVariables.join(', '))}
        </p>
      )}
      <CoverageSummary coverage={coverage} variables={dataset.variables} />
      <section aria-labelledby="decision-areas-heading">
        <h3 id="decision-areas-heading">{d.areasTitle(draft.areas.length)}</h3>
        <ul className="decision-areas" data-testid="decision-areas">
          {areas.map((a) => (
            <DecisionAreaItem
              key={a.code}
              area={a}
              name={nameOf(a.code)}
              evidence={evidenceByCode.get(a.code)}
              topN={topN}
              ranked={derived.rankedCount}
              proposed={proposed.has(a.code)}
              selected={a.code === selected}
              compact={compact}
              dispatch={dispatch}
              onSelect={onSelect}
            />
          ))}
        </ul>
      </section>
      <LeftOutList coverage={coverage} listed={listed} nameOf={nameOf} dispatch={dispatch} onSelect={onSelect} />
      {!compact && <NotesPanel draft={draft} conflicts={decision.conflicts} nameOf={nameOf} dispatch={dispatch} />}
      <RecordPanel decision={decision} changed={changed} waiting={analysing} onSave={onSave} dispatch={dispatch} />
      {record && record.revisions.length > 0 && <RevisionHistory record={record} pendingRevision={decision.pendingRevision} nameOf={nameOf} linkTo={linkTo} dispatch={dispatch} />}
      {!compact && chosenCodes(draft).length > 0 && (
        <button
          type="button"
          onClick={() => {
            dispatch({ type: 'set-follow-up', followUp: { name: draft.title, codes: chosenCodes(draft) } });
            dispatch({ type: 'set-results-view', view: 'follow-up' });
          }}
          data-testid="follow-chosen"
        >
          {d.followChosen}
        </button>
      )}
    </div>
  );
}
