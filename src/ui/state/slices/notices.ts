/** Messages about loaded files, links and storage; one shown at a time. */
import type { AppState, Notice } from '../appState.ts';
import type { Updaters } from './updaters.ts';

export type NoticesAction = { type: 'notice'; notice: Omit<Notice, 'id'> } | { type: 'dismiss-notice'; id: number };

/** Show one notice in place of the others, with the next id. */
export function showNotice(state: AppState, notice: Omit<Notice, 'id'>): AppState {
  const { nextId } = state.notices;
  return { ...state, notices: { items: [{ ...notice, id: nextId }], nextId: nextId + 1 } };
}

export const noticesUpdaters: Updaters<NoticesAction> = {
  notice: (state, { notice }) => showNotice(state, notice),
  'dismiss-notice': (state, { id }) => ({ ...state, notices: { ...state.notices, items: state.notices.items.filter((n) => n.id !== id) } }),
};
