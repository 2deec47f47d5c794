/** The decision in the browser: the draft and the record, under one key. */
import { isProblem } from '../../decision/readJson.ts';
import { readStoredDecision, type StoredDecision } from '../../decision/recordFile.ts';
import { readStore, writeStore, type ReadableStorage, type StoreRead } from './browserStore.ts';

export const DECISION_KEY = 'kraftsamla.decision.v1';

export function loadDecision(storage: ReadableStorage, now = new Date()): StoreRead<StoredDecision> {
  return readStore(storage, DECISION_KEY, (json) => {
    const read = readStoredDecision(json);
    return isProblem(read) ? null : read;
  }, now);
}

export const saveDecision = (storage: Pick<Storage, 'setItem' | 'getItem'>, decision: StoredDecision) => writeStore(storage, DECISION_KEY, decision);

/**
 * A link to a revision: `beslut=<record id>-<revision>`. It is read once on
 * opening (the view's own parameters carry the weighting); the URL then
 * follows the view without it.
 */
export const DECISION_PARAM = 'beslut';

export function decisionRefOf(query: string): { id: string; revision: number } | { malformed: string } | null {
  const value = new URLSearchParams(query).get(DECISION_PARAM);
  if (value === null) return null;
  const match = value.match(/^([0-9a-z]{4,32})-(\d{1,3})$/);
  // Reported as the link's text, capped: a hostile link could carry megabytes.
  return match ? { id: match[1], revision: Number(match[2]) } : { malformed: `${DECISION_PARAM}=${value.slice(0, 40)}` };
}
