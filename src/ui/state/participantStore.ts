/**
 * The steering group's weightings, kept in the browser so a workshop survives
 * a reload or a closed lid. Read like the scenarios: validated, a corrupt
 * store set aside, never thrown and never written over unasked.
 */
import type { Weighting } from '../../index/consensus.ts';
import { readStore, writeStore, type ReadableStorage, type StoreRead } from './browserStore.ts';
import { isScenario, validateScenario } from './scenarioStore.ts';

export const PARTICIPANTS_KEY = 'kraftsamla.participants.v1';

/** A stored list, or null when any entry is not a participant's weighting. */
function readParticipants(json: unknown): Weighting[] | null {
  if (!Array.isArray(json)) return null;
  const list: Weighting[] = [];
  for (const x of json) {
    const checked = validateScenario(x, null);
    if (!isScenario(checked)) return null;
    list.push({ name: checked.name, weights: checked.weights });
  }
  return list;
}

export const loadParticipants = (storage: ReadableStorage, now = new Date()): StoreRead<Weighting[]> => readStore(storage, PARTICIPANTS_KEY, readParticipants, now);

export const saveParticipants = (storage: Pick<Storage, 'setItem' | 'getItem'>, participants: readonly Weighting[]) => writeStore(storage, PARTICIPANTS_KEY, participants);
