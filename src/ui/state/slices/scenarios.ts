/** Named weightings saved in the browser, and the comparison of two weightings. */
import type { AppState } from '../appState.ts';
import { cleanName, type Scenario } from '../scenarioStore.ts';
import type { Updaters } from './updaters.ts';

export type ScenariosAction =
  | { type: 'add-scenarios'; scenarios: Scenario[] }
  | { type: 'save-scenario'; name: string; savedAt: string }
  | { type: 'rename-scenario'; from: string; to: string }
  | { type: 'delete-scenario'; name: string }
  | { type: 'set-compare'; compare: AppState['scenarios']['compare'] };

const withScenarios = (state: AppState, scenarios: Partial<AppState['scenarios']>): AppState => ({
  ...state,
  scenarios: { ...state.scenarios, ...scenarios },
});

/** Adds in order; a scenario with a name already saved takes its place. */
function add(saved: readonly Scenario[], added: readonly Scenario[]): Scenario[] {
  const names = new Set(added.map((s) => s.name));
  return [...saved.filter((s) => !names.has(s.name)), ...added];
}

export const scenariosUpdaters: Updaters<ScenariosAction> = {
  'add-scenarios': (state, { scenarios }) => withScenarios(state, { saved: add(state.scenarios.saved, scenarios) }),
  'save-scenario': (state, { name, savedAt }) => {
    const trimmed = cleanName(name);
    if (trimmed === '') return state;
    const { weights, directions, normalisation } = state.view;
    return withScenarios(state, { saved: add(state.scenarios.saved, [{ name: trimmed, savedAt, weights, directions, normalisation }]) });
  },
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
