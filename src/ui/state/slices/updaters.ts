import type { AppState } from '../appState.ts';

/** A slice: one pure updater per action type it owns. */
export type Updaters<A extends { type: string }> = {
  [K in A['type']]: (state: AppState, action: Extract<A, { type: K }>) => AppState;
};

/** Replace one part of the view. */
export function withView(state: AppState, view: Partial<AppState['view']>): AppState {
  return { ...state, view: { ...state.view, ...view } };
}
