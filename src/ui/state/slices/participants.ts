/** The steering group's weightings, one per person or department. */
import type { Weighting } from '../../../index/consensus.ts';
import type { AppState } from '../appState.ts';
import { cleanName } from '../scenarioStore.ts';
import { withWriteResult } from './storageStatus.ts';
import type { Updaters } from './updaters.ts';

export type ParticipantsAction =
  | { type: 'add-participant'; weighting: Weighting }
  | { type: 'remove-participant'; name: string }
  | { type: 'participants-storage-written'; ok: boolean }
  /** The user agreed to write over an unreadable store. */
  | { type: 'participants-storage-unblocked' };

const withParticipants = (state: AppState, participants: Partial<AppState['participants']>): AppState => ({
  ...state,
  participants: { ...state.participants, ...participants },
});

export const participantsUpdaters: Updaters<ParticipantsAction> = {
  'add-participant': (state, { weighting }) => {
    const name = cleanName(weighting.name);
    if (name === '') return state;
    return withParticipants(state, { list: [...state.participants.list.filter((p) => p.name !== name), { ...weighting, name }] });
  },
  'remove-participant': (state, { name }) => withParticipants(state, { list: state.participants.list.filter((p) => p.name !== name) }),
  'participants-storage-written': (state, { ok }) =>
    withWriteResult(state, state.participants.storage, ok, (s, storage) => withParticipants(s, { storage }), 'participants-storage-failed'),
  'participants-storage-unblocked': (state) => withParticipants(state, { storage: { kind: 'ok' } }),
};
