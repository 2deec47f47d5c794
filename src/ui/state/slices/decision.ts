/**
 * The steering group's decision: the working draft, its recorded revisions,
 * department notes merged in, and imports waiting for the user's yes.
 */
import type { LoadIssue } from '../../../data/loadIssue.ts';
import * as draftOps from '../../../decision/draft.ts';
import { mergeNotes, resolveConflict, type ConflictChoice } from '../../../decision/mergeNotes.ts';
import type { NotesFile } from '../../../decision/notesFile.ts';
import { compareRecords, draftChanged, draftOf, saveRevision, setPublished } from '../../../decision/revisions.ts';
import type { AreaEvidence, AreaStatus, Coverage, DecisionBasis, DecisionDraft, DecisionRecord, Department } from '../../../decision/types.ts';
import { maxTopN } from '../../../index/topN.ts';
import type { AppState } from '../appState.ts';
import { decisionRefOf } from '../decisionStore.ts';
import { showNotice } from './notices.ts';
import { withWriteResult } from './storageStatus.ts';
import { withView, type Updaters } from './updaters.ts';

export type DecisionAction =
  | { type: 'decision-toggle'; code: string }
  | { type: 'decision-set-status'; code: string; status: AreaStatus }
  | { type: 'decision-set-reason'; code: string; reason: string }
  | { type: 'decision-set-note'; code: string; department: Department; text: string }
  | { type: 'decision-add-link'; code: string; title: string; url: string }
  | { type: 'decision-remove-link'; code: string; url: string }
  | { type: 'decision-remove-area'; code: string }
  | { type: 'decision-set-heading'; heading: Partial<Pick<DecisionDraft, 'title' | 'errand' | 'proposal' | 'decidedOn'>> }
  /** Record the draft as the next revision, with the figures behind it as they are now. */
  | { type: 'decision-save'; basis: DecisionBasis; evidence: AreaEvidence[]; coverage: Coverage; savedAt: string; newId: string }
  | { type: 'decision-merge-notes'; file: NotesFile; fileName: string }
  | { type: 'decision-resolve-conflict'; index: number; choice: ConflictChoice }
  /** `replace`: the user said yes to replacing a stored record that differs. */
  | { type: 'decision-import'; record: DecisionRecord; fileName: string; replace: boolean }
  | { type: 'decision-cancel-pending' }
  | { type: 'decision-publish'; revision: number; published: boolean }
  /** Open a revision into the draft and apply its weighting; `force`: the user said yes to leaving unsaved changes. */
  | { type: 'decision-open-revision'; revision: number; force: boolean }
  | { type: 'decision-storage-written'; ok: boolean }
  | { type: 'decision-storage-unblocked' };

type DecisionState = AppState['decision'];

const withDecision = (state: AppState, decision: Partial<DecisionState>): AppState => ({ ...state, decision: { ...state.decision, ...decision } });
const editDraft = (state: AppState, edit: (draft: DecisionDraft) => DecisionDraft): AppState => {
  const draft = edit(state.decision.draft);
  return draft === state.decision.draft ? state : withDecision(state, { draft });
};
/** Only delområden the map has can be chosen. */
const known = (state: AppState, code: string) => state.dataset.areas.some((a) => a.code === code);

/** The revision's weighting, year and N back in the view, as when it was recorded. */
function applyBasis(state: AppState, basis: DecisionBasis): AppState {
  const keys = state.dataset.variables.map((v) => v.key);
  const year = basis.year !== null && state.dataset.years.includes(basis.year) ? basis.year : state.view.year;
  return withView(state, {
    weights: Object.fromEntries(keys.map((k) => [k, Object.hasOwn(basis.weights, k) ? basis.weights[k] : 0])),
    directions: Object.fromEntries(keys.map((k) => [k, Object.hasOwn(basis.directions, k) ? basis.directions[k] : state.view.directions[k]])),
    normalisation: basis.normalisation,
    year,
    topN: basis.topN >= 1 && basis.topN <= maxTopN(state.dataset.areas.length) ? basis.topN : state.view.topN,
  });
}

function openRevision(state: AppState, revision: number, force: boolean): AppState {
  const found = state.decision.record?.revisions.find((r) => r.revision === revision);
  if (!found) return state;
  if (!force && draftChanged(state.decision.draft, state.decision.record)) return withDecision(state, { pendingRevision: revision });
  return applyBasis(withDecision(state, { draft: draftOf(found), pendingRevision: null }), found.basis);
}

function importRecord(state: AppState, record: DecisionRecord, fileName: string, replace: boolean): AppState {
  const relation = compareRecords(state.decision.record, record);
  if (relation === 'same') return showNotice(withDecision(state, { pendingRecord: null }), { tone: 'success', issues: [{ kind: 'decision-unchanged', file: fileName }] });
  if ((relation === 'older' || relation === 'other') && !replace) return withDecision(state, { pendingRecord: { record, fileName, relation } });
  // The working draft follows the record only when it held nothing unsaved.
  const keepDraft = draftChanged(state.decision.draft, state.decision.record);
  const latest = record.revisions[record.revisions.length - 1];
  const next = withDecision(state, { record, pendingRecord: null, draft: keepDraft || !latest ? state.decision.draft : draftOf(latest) });
  return showNotice(next, { tone: keepDraft ? 'warning' : 'success', issues: keepDraft ? [{ kind: 'decision-draft-kept', file: fileName }] : [], file: fileName });
}

function mergeNotesFile(state: AppState, file: NotesFile, fileName: string): AppState {
  const codes = new Set(state.dataset.areas.map((a) => a.code));
  const merged = mergeNotes(state.decision.draft, file, fileName, codes);
  const issues: LoadIssue[] = [
    { kind: 'notes-merged', file: fileName, column: file.department, count: merged.added, value: String(merged.conflicts.length) },
    ...merged.unknown.map(({ index, code }): LoadIssue => ({ kind: 'notes-unknown-code', file: fileName, row: index + 1, value: code })),
  ];
  const next = withDecision(state, { draft: merged.draft, conflicts: [...state.decision.conflicts, ...merged.conflicts] });
  return showNotice(next, { tone: merged.unknown.length > 0 || merged.conflicts.length > 0 ? 'warning' : 'success', issues });
}

export const decisionUpdaters: Updaters<DecisionAction> = {
  'decision-toggle': (state, { code }) => (known(state, code) ? editDraft(state, (d) => draftOps.toggleChosen(d, code)) : state),
  'decision-set-status': (state, { code, status }) => (known(state, code) ? editDraft(state, (d) => draftOps.setStatus(d, code, status)) : state),
  'decision-set-reason': (state, { code, reason }) => (known(state, code) ? editDraft(state, (d) => draftOps.setReason(d, code, reason)) : state),
  'decision-set-note': (state, { code, department, text }) => (known(state, code) ? editDraft(state, (d) => draftOps.setNote(d, code, department, text)) : state),
  'decision-add-link': (state, { code, title, url }) => (known(state, code) ? editDraft(state, (d) => draftOps.addLink(d, code, title, url)) : state),
  'decision-remove-link': (state, { code, url }) => editDraft(state, (d) => draftOps.removeLink(d, code, url)),
  'decision-remove-area': (state, { code }) => editDraft(state, (d) => draftOps.removeArea(d, code)),
  'decision-set-heading': (state, { heading }) => editDraft(state, (d) => draftOps.setHeading(d, heading)),
  'decision-save': (state, { basis, evidence, coverage, savedAt, newId }) => {
    const record = saveRevision(state.decision.record, { draft: state.decision.draft, basis, evidence, coverage, savedAt, newId });
    return record ? withDecision(state, { record, pendingRevision: null }) : state;
  },
  'decision-merge-notes': (state, { file, fileName }) => mergeNotesFile(state, file, fileName),
  'decision-resolve-conflict': (state, { index, choice }) => {
    const conflict = state.decision.conflicts[index];
    if (!conflict) return state;
    return withDecision(state, { draft: resolveConflict(state.decision.draft, conflict, choice), conflicts: state.decision.conflicts.filter((_, i) => i !== index) });
  },
  'decision-import': (state, { record, fileName, replace }) => importRecord(state, record, fileName, replace),
  'decision-cancel-pending': (state) => withDecision(state, { pendingRecord: null, pendingRevision: null }),
  'decision-publish': (state, { revision, published }) => (state.decision.record ? withDecision(state, { record: setPublished(state.decision.record, revision, published) }) : state),
  'decision-open-revision': (state, { revision, force }) => openRevision(state, revision, force),
  'decision-storage-written': (state, { ok }) => withWriteResult(state, state.decision.storage, ok, (s, storage) => withDecision(s, { storage }), 'decision-storage-failed'),
  'decision-storage-unblocked': (state) => withDecision(state, { storage: { kind: 'ok' } }),
};

/** A link to a decision revision (`beslut=`) opens it, or says why it cannot. */
export function openLinkedRevision(state: AppState, query: string): AppState {
  const ref = decisionRefOf(query);
  if (ref === null) return state;
  if ('malformed' in ref) return showNotice(state, { tone: 'warning', issues: [{ kind: 'url-parameter-ignored', file: '', value: ref.malformed }] });
  const { record } = state.decision;
  if (record?.id !== ref.id || !record.revisions.some((r) => r.revision === ref.revision)) {
    return showNotice(state, { tone: 'warning', issues: [{ kind: 'decision-not-here', file: '', count: ref.revision }] });
  }
  return openRevision(withView(state, { resultsView: 'decision' }), ref.revision, false);
}
