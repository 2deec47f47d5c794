/** Named weightings saved in the browser, and the comparison of two weightings. */
import type { AppState } from '../appState.ts';
import type { LoadIssue } from '../../../data/loadIssue.ts';
import { cleanName, uniqueName, type Scenario } from '../scenarioStore.ts';
import { showNotice } from './notices.ts';
import { withWriteResult } from './storageStatus.ts';
import type { Updaters } from './updaters.ts';

export type ScenariosAction =
  /** `replace`: the user said yes to replacing saved scenarios of the same
   * name; otherwise an added scenario takes a free name ("Namn (2)"). */
  | { type: 'add-scenarios'; scenarios: Scenario[]; replace: boolean }
  | { type: 'save-scenario'; name: string; savedAt: string; replace: boolean }
  /** What the last write to the browser's storage did. */
  | { type: 'storage-written'; ok: boolean }
  /** The user agreed to write over an unreadable store. */
  | { type: 'storage-unblocked' }
  | { type: 'rename-scenario'; from: string; to: string }
  | { type: 'delete-scenario'; name: string }
  | { type: 'set-compare'; compare: AppState['scenarios']['compare'] };

const withScenarios = (state: AppState, scenarios: Partial<AppState['scenarios']>): AppState => ({
  ...state,
  scenarios: { ...state.scenarios, ...scenarios },
});

/**
 * Adds in order. With `replace`, a scenario takes the place of a saved one of
 * the same name; without, it gets a free name. Two added with one name never
 * replace each other: the later one is renamed.
 */
function addScenarios(saved: readonly Scenario[], added: readonly Scenario[], replace: boolean): { saved: Scenario[]; renamed: { from: string; to: string }[] } {
  const replaced = replace ? new Set(added.map((s) => s.name)) : new Set<string>();
  const kept = saved.filter((s) => !replaced.has(s.name));
  const taken = new Set(kept.map((s) => s.name));
  const renamed: { from: string; to: string }[] = [];
  const result = [...kept];
  for (const s of added) {
    const name = uniqueName(s.name, taken);
    if (name !== s.name) renamed.push({ from: s.name, to: name });
    taken.add(name);
    result.push({ ...s, name });
  }
  return { saved: result, renamed };
}

/** Names among `added` that a saved scenario already has: the user is asked before they replace it. */
export function conflictingNames(saved: readonly Scenario[], added: readonly Scenario[]): string[] {
  const names = new Set(saved.map((s) => s.name));
  return [...new Set(added.map((s) => s.name).filter((n) => names.has(n)))];
}

function withAdded(state: AppState, added: readonly Scenario[], replace: boolean): AppState {
  const { saved, renamed } = addScenarios(state.scenarios.saved, added, replace);
  const next = withScenarios(state, { saved });
  if (renamed.length === 0) return next;
  const issues: LoadIssue[] = renamed.map(({ from, to }) => ({ kind: 'scenario-renamed', file: '', column: from, value: to }));
  return showNotice(next, { tone: 'warning', issues });
}

export const scenariosUpdaters: Updaters<ScenariosAction> = {
  'add-scenarios': (state, { scenarios, replace }) => withAdded(state, scenarios, replace),
  'save-scenario': (state, { name, savedAt, replace }) => {
    const trimmed = cleanName(name);
    if (trimmed === '') return state;
    const { weights, directions, normalisation, followUp } = state.view;
    return withAdded(state, [{ name: trimmed, savedAt, weights, directions, normalisation, followUp }], replace);
  },
  'storage-written': (state, { ok }) => withWriteResult(state, state.scenarios.storage, ok, (s, storage) => withScenarios(s, { storage }), 'storage-failed'),
  'storage-unblocked': (state) => withScenarios(state, { storage: { kind: 'ok' } }),
  'rename-scenario': (state, { from, to }) => {
    const name = cleanName(to);
    if (name === '' || state.scenarios.saved.some((x) => x.name === name)) return state;
    return withScenarios(state, { saved: state.scenarios.saved.map((x) => (x.name === from ? { ...x, name } : x)) });
  },
  'delete-scenario': (state, { name }) => {
    const { compare } = state.scenarios;
    const compared = compare !== null && [compare.a, compare.b].includes(`scenario:${name}`);
    return withScenarios(state, { saved: state.scenarios.saved.filter((x) => x.name !== name), compare: compared ? null : compare });
  },
  'set-compare': (state, { compare }) => withScenarios(state, { compare }),
};
