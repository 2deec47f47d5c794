import { useMemo, type Dispatch } from 'react';
import type { StoredDecision } from '../../decision/recordFile.ts';
import type { AppState } from './appState.ts';
import type { StoreRead } from './browserStore.ts';
import { loadDecision, saveDecision } from './decisionStore.ts';
import type { Weighting } from '../../index/consensus.ts';
import { loadParticipants, saveParticipants } from './participantStore.ts';
import { loadScenarios, saveScenarios, type LoadedScenarios } from './scenarioStore.ts';
import type { DecisionAction } from './slices/decision.ts';
import type { ParticipantsAction } from './slices/participants.ts';
import type { ScenariosAction } from './slices/scenarios.ts';
import { readBrowserStore, useBrowserStore } from './useBrowserStore.ts';

/** Read the scenarios saved in this browser (before the first render). */
export const readStoredScenarios = (): LoadedScenarios => readBrowserStore(loadScenarios, { scenarios: [], setAside: null, blocked: null });

/** Read the decision draft and record saved in this browser. */
export const readStoredDecision = (): StoreRead<StoredDecision> => readBrowserStore(loadDecision, { value: null, setAside: null, blocked: null });

/** Read the participants' weightings saved in this browser. */
export const readStoredParticipants = (): StoreRead<Weighting[]> => readBrowserStore(loadParticipants, { value: null, setAside: null, blocked: null });

/** Scenarios, participants and the decision, written back as they change. */
export function useBrowserStorage(state: Pick<AppState, 'scenarios' | 'participants' | 'decision'>, dispatch: Dispatch<ScenariosAction | ParticipantsAction | DecisionAction>) {
  useBrowserStore(state.scenarios.saved, state.scenarios.storage, saveScenarios, (ok) => dispatch({ type: 'storage-written', ok }));
  useBrowserStore(state.participants.list, state.participants.storage, saveParticipants, (ok) => dispatch({ type: 'participants-storage-written', ok }));
  const { draft, record } = state.decision;
  const stored = useMemo(() => ({ draft, record }), [draft, record]);
  useBrowserStore(stored, state.decision.storage, saveDecision, (ok) => dispatch({ type: 'decision-storage-written', ok }));
}
