import { useEffect, useRef, type Dispatch } from 'react';
import type { AppState } from './appState.ts';
import { loadScenarios, saveScenarios, type LoadedScenarios } from './scenarioStore.ts';
import type { ScenariosAction } from './slices/scenarios.ts';

/** Read the scenarios saved in this browser (before the first render). */
export function readStoredScenarios(): LoadedScenarios {
  try {
    return loadScenarios(window.localStorage);
  } catch {
    // Storage itself may be blocked (private mode, policy): work without it.
    return { scenarios: [], setAside: null, blocked: null };
  }
}

/**
 * Write the scenarios back whenever they change (not on the first render:
 * what was just read needs no writing), and say whether the browser kept
 * them. While an unreadable store is blocked, nothing is written over it.
 */
export function useScenarioStorage(scenarios: AppState['scenarios'], dispatch: Dispatch<ScenariosAction>) {
  const written = useRef(scenarios.saved);
  const blocked = scenarios.storage.kind === 'blocked';
  useEffect(() => {
    if (blocked || written.current === scenarios.saved) return;
    written.current = scenarios.saved;
    let ok = false;
    try {
      ok = saveScenarios(window.localStorage, scenarios.saved);
    } catch {
      ok = false;
    }
    dispatch({ type: 'storage-written', ok });
  }, [scenarios.saved, blocked, dispatch]);
}
