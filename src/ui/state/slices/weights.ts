import type { FollowUpSet } from '../../../followup/followUpSet.ts';
/** The index method: weights, directions and normalisation. */
import { own } from '../../../index/records.ts';
import type { Direction, Normalisation } from '../../../index/types.ts';
import { clampWeight } from '../../../index/weights.ts';
import { defaultSettings, weightsOf } from '../view.ts';
import { withView, type Updaters } from './updaters.ts';

export type WeightsAction =
  | { type: 'set-weight'; key: string; weight: number }
  | { type: 'set-direction'; key: string; direction: Direction }
  | { type: 'reset-weights' }
  | { type: 'set-normalisation'; normalisation: Normalisation }
  /** A saved scenario, a participant's median: variables it leaves out get 0. */
  | { type: 'apply-weights'; weights: Record<string, number>; directions?: Record<string, Direction>; normalisation?: Normalisation; followUp?: FollowUpSet };

export const weightsUpdaters: Updaters<WeightsAction> = {
  'set-weight': (state, { key, weight }) =>
    Object.hasOwn(state.view.weights, key) ? withView(state, { weights: { ...state.view.weights, [key]: clampWeight(weight) } }) : state,
  'set-direction': (state, { key, direction }) =>
    Object.hasOwn(state.view.directions, key) ? withView(state, { directions: { ...state.view.directions, [key]: direction } }) : state,
  'reset-weights': (state) => withView(state, weightsOf(defaultSettings(state.dataset.variables, state.defaultKeys))),
  'set-normalisation': (state, { normalisation }) => withView(state, { normalisation }),
  'apply-weights': (state, action) => {
    const keys = state.dataset.variables.map((v) => v.key);
    return withView(state, {
      weights: Object.fromEntries(keys.map((k) => [k, clampWeight(own(action.weights, k) ?? 0)])),
      directions: Object.fromEntries(keys.map((k) => [k, own(action.directions, k) ?? state.view.directions[k]])),
      normalisation: action.normalisation ?? state.view.normalisation,
      followUp: action.followUp ?? state.view.followUp,
    });
  },
};
