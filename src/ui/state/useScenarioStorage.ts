import { useEffect, useRef } from 'react';
import { loadScenarios, saveScenarios, type LoadedScenarios, type Scenario } from './scenarioStore.ts';

/** Read the scenarios saved in this browser (before the first render). */
export function readStoredScenarios(variableKeys: ReadonlySet<string>): LoadedScenarios {
  try {
    return loadScenarios(window.localStorage, variableKeys);
  } catch {
    // Storage itself may be blocked (private mode, policy): work without it.
    return { scenarios: [], setAside: null };
  }
}

/** Write the scenarios back whenever they change (not on the first render:
 * what was just read needs no writing). */
export function useScenarioStorage(scenarios: readonly Scenario[]) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    try {
      saveScenarios(window.localStorage, scenarios);
    } catch {
      // Full or blocked storage: the scenarios stay usable in this session.
    }
  }, [scenarios]);
}
