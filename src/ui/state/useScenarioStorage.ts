import { useEffect, useRef, type Dispatch } from 'react';
import type { Action, AppState } from './appState.ts';
import { loadScenarios, saveScenarios, type LoadedScenarios } from './scenarios.ts';

/** Read the scenarios saved in this browser (before the first render). */
export function readStoredScenarios(variableKeys: ReadonlySet<string>): LoadedScenarios {
  try {
    return loadScenarios(window.localStorage, variableKeys);
  } catch {
    // Storage itself may be blocked (private mode, policy): work without it.
    return { scenarios: [], setAside: null };
  }
}

/** Report a corrupt store once, and write scenarios back whenever they change. */
export function useScenarioStorage(state: AppState, dispatch: Dispatch<Action>, setAside: string | null) {
  useEffect(() => {
    if (setAside) dispatch({ type: 'notice', notice: { tone: 'warning', issues: [{ kind: 'scenarios-set-aside', file: '', value: setAside }] } });
  }, [dispatch, setAside]);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    try {
      saveScenarios(window.localStorage, state.scenarios);
    } catch {
      // Full or blocked storage: the scenarios stay usable in this session.
    }
  }, [state.scenarios]);
}
