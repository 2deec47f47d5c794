/**
 * All of the app's state in one place, changed only through `reduce`
 * (reduce.ts, which combines the slices in slices/). Everything the map, the
 * table and the panels show is derived from it by the selectors in
 * selectors/, so they cannot disagree.
 */
import type { LoadIssue } from '../../data/loadIssue.ts';
import type { IndicatorDataset } from '../../data/parseIndicators.ts';
import { DEFAULT_MIN_COST_KR } from '../../efforts/criteria.ts';
import type { EffortDataset } from '../../efforts/types.ts';
import type { Weighting } from '../../index/consensus.ts';
import type { LoadedScenarios, Scenario } from './scenarioStore.ts';
import { decodeView } from './urlState.ts';
import { initialDraft } from '../../decision/draft.ts';
import type { NoteConflict } from '../../decision/mergeNotes.ts';
import type { StoredDecision } from '../../decision/recordFile.ts';
import type { DecisionDraft, DecisionRecord } from '../../decision/types.ts';
import { proposedCodes } from '../../data/bundledData.ts';
import type { StoreRead } from './browserStore.ts';
import { defaultView, type ViewState } from './view.ts';

/** A weighting to compare: the default, the sliders now, or a saved scenario. */
export type ScenarioRef = 'default' | 'current' | `scenario:${string}`;

export interface Notice {
  id: number;
  tone: 'error' | 'warning' | 'success';
  issues: LoadIssue[];
  /** For success notices: the file just loaded. */
  file?: string;
}

export interface AppState {
  dataset: IndicatorDataset;
  /** The variables of Stadskontoret's index: 25 each by default. */
  defaultKeys: ReadonlySet<string>;
  view: ViewState;
  efforts: {
    dataset: EffortDataset;
    selected: string | null;
    /** Cost floor for the model's criteria; adjustable. */
    minCostKr: number;
  };
  scenarios: {
    saved: Scenario[];
    compare: { a: ScenarioRef; b: ScenarioRef } | null;
    /** Whether the browser keeps them: `failed` after a refused write,
     * `blocked` while an unreadable store that could not be set aside waits
     * for the user's decision (nothing writes over it until then). */
    storage: StorageStatus;
  };
  /** The steering group's weightings, side by side, kept in the browser like the scenarios. */
  participants: { list: Weighting[]; storage: StorageStatus };
  /** The steering group's decision (src/decision/). */
  decision: {
    /** The working copy, saved in the browser as it changes. */
    draft: DecisionDraft;
    /** Its recorded revisions; null until the first is saved. */
    record: DecisionRecord | null;
    /** Department notes that differ from the draft's, waiting for a choice. */
    conflicts: NoteConflict[];
    /** An imported record that would replace a different stored one: asked first. */
    pendingRecord: { record: DecisionRecord; fileName: string; relation: 'older' | 'other' } | null;
    /** A revision a link asked for while the draft had unsaved changes. */
    pendingRevision: number | null;
    storage: StorageStatus;
  };
  /** Ids are handed out here, so the reducer stays a pure function. */
  notices: { items: Notice[]; nextId: number };
}

export type StorageStatus = { kind: 'ok' } | { kind: 'failed' } | { kind: 'blocked'; size: number };

export interface InitialInput {
  dataset: IndicatorDataset;
  efforts: EffortDataset;
  defaultKeys: ReadonlySet<string>;
  /** Scenarios read from the browser's storage, and where a corrupt store was put. */
  stored?: LoadedScenarios;
  /** The decision read from the browser's storage. */
  storedDecision?: StoreRead<StoredDecision>;
  /** The participants' weightings read from the browser's storage. */
  storedParticipants?: StoreRead<Weighting[]>;
  /** A link's query string, decoded here so the first paint already shows it. */
  query?: string;
  areaCodes: ReadonlySet<string>;
  gesoCodes: ReadonlySet<string>;
  /** Fixed choices of a page, e.g. the public page's quieter map. */
  overrides?: Partial<ViewState>;
}

export function initialState(input: InitialInput): AppState {
  const defaults = { ...defaultView(input.dataset.variables, input.defaultKeys), ...input.overrides };
  const decoded = input.query
    ? decodeView(input.query, defaults, {
        variableKeys: new Set(input.dataset.variables.map((v) => v.key)),
        areaCodes: input.areaCodes,
        gesoCodes: input.gesoCodes,
        years: new Set(input.dataset.years),
      })
    : { view: defaults, ignored: [], ignoredCount: 0 };
  const notices: Omit<Notice, 'id'>[] = [];
  if (decoded.ignored.length > 0) {
    const issues: LoadIssue[] = decoded.ignored.map((value) => ({ kind: 'url-parameter-ignored', file: '', value }));
    const more = decoded.ignoredCount - decoded.ignored.length;
    notices.push({ tone: 'warning', issues: more > 0 ? [...issues, { kind: 'more-issues', file: '', count: more }] : issues });
  }
  if (input.stored?.setAside) {
    notices.push({ tone: 'warning', issues: [{ kind: 'scenarios-set-aside', file: '', value: input.stored.setAside }] });
  }
  const blocked = input.stored?.blocked ?? null;
  if (blocked !== null) notices.push({ tone: 'error', issues: [{ kind: 'storage-unreadable', file: '', count: blocked }] });
  const decision = input.storedDecision;
  if (decision?.setAside) notices.push({ tone: 'warning', issues: [{ kind: 'decision-set-aside', file: '', value: decision.setAside }] });
  if (decision?.blocked != null) notices.push({ tone: 'error', issues: [{ kind: 'decision-storage-unreadable', file: '', count: decision.blocked }] });
  const participants = input.storedParticipants;
  if (participants?.setAside) notices.push({ tone: 'warning', issues: [{ kind: 'participants-set-aside', file: '', value: participants.setAside }] });
  if (participants?.blocked != null) notices.push({ tone: 'error', issues: [{ kind: 'participants-storage-unreadable', file: '', count: participants.blocked }] });
  const state: AppState = {
    dataset: input.dataset,
    defaultKeys: input.defaultKeys,
    view: decoded.view,
    efforts: { dataset: input.efforts, selected: null, minCostKr: DEFAULT_MIN_COST_KR },
    scenarios: { saved: input.stored?.scenarios ?? [], compare: null, storage: blocked === null ? { kind: 'ok' } : { kind: 'blocked', size: blocked } },
    participants: {
      list: participants?.value ?? [],
      storage: participants?.blocked != null ? { kind: 'blocked', size: participants.blocked } : { kind: 'ok' },
    },
    decision: {
      draft: decision?.value?.draft ?? initialDraft(proposedCodes, DEFAULT_DECISION_TITLE),
      record: decision?.value?.record ?? null,
      conflicts: [],
      pendingRecord: null,
      pendingRevision: null,
      storage: decision?.blocked != null ? { kind: 'blocked', size: decision.blocked } : { kind: 'ok' },
    },
    notices: { items: notices.map((n, i) => ({ ...n, id: i + 1 })), nextId: notices.length + 1 },
  };
  return state;
}

export const DEFAULT_DECISION_TITLE = 'Val av områden för kraftsamlande insatser';

