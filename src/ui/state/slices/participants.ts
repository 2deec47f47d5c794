/** The steering group's weightings, one per person or department. */
import type { Weighting } from '../../../index/consensus.ts';
import { cleanName } from '../scenarioStore.ts';
import type { Updaters } from './updaters.ts';

export type ParticipantsAction = { type: 'add-participant'; weighting: Weighting } | { type: 'remove-participant'; name: string };

export const participantsUpdaters: Updaters<ParticipantsAction> = {
  'add-participant': (state, { weighting }) => {
    const name = cleanName(weighting.name);
    if (name === '') return state;
    return { ...state, participants: [...state.participants.filter((p) => p.name !== name), { ...weighting, name }] };
  },
  'remove-participant': (state, { name }) => ({ ...state, participants: state.participants.filter((p) => p.name !== name) }),
};
