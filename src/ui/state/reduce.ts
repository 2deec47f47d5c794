/**
 * The one reducer: each action type belongs to one slice (slices/), a file
 * of pure updaters with its own tests.
 */
import type { AppState } from './appState.ts';
import { dataUpdaters, type DataAction } from './slices/data.ts';
import { decisionUpdaters, type DecisionAction } from './slices/decision.ts';
import { effortsUpdaters, type EffortsAction } from './slices/efforts.ts';
import { noticesUpdaters, showNotice, type NoticesAction } from './slices/notices.ts';
import { participantsUpdaters, type ParticipantsAction } from './slices/participants.ts';
import { scenariosUpdaters, type ScenariosAction } from './slices/scenarios.ts';
import { uncertaintyUpdaters, type UncertaintyAction } from './slices/uncertainty.ts';
import { timeUpdaters, type TimeAction } from './slices/time.ts';
import type { Updaters } from './slices/updaters.ts';
import { viewUpdaters, type ViewAction } from './slices/view.ts';
import { weightsUpdaters, type WeightsAction } from './slices/weights.ts';

export type Action = WeightsAction | ViewAction | DataAction | EffortsAction | ScenariosAction | ParticipantsAction | UncertaintyAction | NoticesAction | TimeAction | DecisionAction;

const UPDATERS: Updaters<Action> = {
  ...weightsUpdaters,
  ...viewUpdaters,
  ...dataUpdaters,
  ...effortsUpdaters,
  ...scenariosUpdaters,
  ...participantsUpdaters,
  ...uncertaintyUpdaters,
  ...noticesUpdaters,
  ...timeUpdaters,
  ...decisionUpdaters,
};

export function reduce(state: AppState, action: Action): AppState {
  const update = UPDATERS[action.type] as (state: AppState, action: Action) => AppState;
  return update(state, action);
}

/** Every action type the reducer handles (the tests check each has a case). */
export const ACTION_TYPES = Object.keys(UPDATERS) as Action['type'][];

/**
 * The reducer as the page uses it: an updater that throws (a bug, or data
 * no test foresaw) leaves the state as it was, with a notice, instead of
 * taking the page down with the data already loaded.
 */
export function safeReduce(state: AppState, action: Action): AppState {
  try {
    return reduce(state, action);
  } catch (error) {
    console.error('Kraftsamla: an action failed', action.type, error);
    return showNotice(state, { tone: 'error', issues: [{ kind: 'unexpected-error', file: '' }] });
  }
}
