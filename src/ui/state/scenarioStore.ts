/**
 * Named weightings that planners save in the browser, exchange as small JSON
 * files and compare. Everything read back — from storage or a file — is
 * validated; a corrupt store is set aside under another key, never thrown,
 * and never overwritten while it cannot be set aside.
 */
import { emptyRecord } from '../../index/records.ts';
import { readStore, writeStore, type ReadableStorage } from './browserStore.ts';
import { AREA_CODE, MAX_KEYS, SAVED_AT } from '../../decision/limits.ts';
import { isRecord as isPlainRecord } from '../../decision/readJson.ts';
import type { Direction, Normalisation } from '../../index/types.ts';
import { MAX_COMPARISON_SIZE, type FollowUpSet } from '../../followup/followUpSet.ts';

export interface Scenario {
  name: string;
  savedAt: string;
  /** Per variable key; also keys of variables from a user's file that is not
   * loaded now, so the weighting comes back whole when it is. */
  weights: Record<string, number>;
  directions: Record<string, Direction>;
  normalisation: Normalisation;
  /** The follow-up set in view when it was saved (absent in older files). */
  followUp?: FollowUpSet;
}

export const STORAGE_KEY = 'kraftsamla.scenarios.v1';
const FILE_FORMAT = 'kraftsamla-scenario';
/** Longest name of a scenario or participant; longer ones are cut (typed) or refused (files). */
export const MAX_NAME = 80;
/** A name as typed: trimmed and cut to MAX_NAME. */
export const cleanName = (name: string) => name.trim().slice(0, MAX_NAME);
const MAX_KEY_LENGTH = 200;

export type ScenarioProblem = { kind: 'not-json' | 'not-scenario' | 'bad-field'; field?: string };

/**
 * A scenario from untrusted JSON. `variableKeys`, when given, are the
 * variables the data has now: at least one must be weighted. Weights of
 * other variables are kept (with their values checked) for when their data
 * comes back. Records keyed by file content have no prototype.
 */
export function validateScenario(raw: unknown, variableKeys: ReadonlySet<string> | null): Scenario | ScenarioProblem {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { kind: 'not-scenario' };
  const r = raw as Record<string, unknown>;
  if (typeof r.name !== 'string' || r.name.trim() === '' || r.name.length > MAX_NAME) return { kind: 'bad-field', field: 'name' };
  if (!isPlainRecord(r.weights)) return { kind: 'bad-field', field: 'weights' };
  const weightEntries = Object.entries(r.weights);
  if (weightEntries.length > MAX_KEYS) return { kind: 'bad-field', field: 'weights' };
  const weights: Record<string, number> = emptyRecord();
  for (const [key, value] of weightEntries) {
    if (key.length > MAX_KEY_LENGTH) return { kind: 'bad-field', field: 'weights' };
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) return { kind: 'bad-field', field: `weights.${key.slice(0, 40)}` };
    weights[key] = value;
  }
  const known = Object.keys(weights).filter((k) => variableKeys === null || variableKeys.has(k));
  if (known.length === 0) return { kind: 'bad-field', field: 'weights' };
  const rawDirections = r.directions ?? {};
  if (!isPlainRecord(rawDirections)) return { kind: 'bad-field', field: 'directions' };
  const directions: Record<string, Direction> = emptyRecord();
  for (const [key, value] of Object.entries(rawDirections)) {
    if (!Object.hasOwn(weights, key)) continue;
    if (value !== 'higher-is-more-need' && value !== 'lower-is-more-need') return { kind: 'bad-field', field: `directions.${key.slice(0, 40)}` };
    directions[key] = value;
  }
  const normalisation = r.normalisation ?? 'zscore';
  if (normalisation !== 'zscore' && normalisation !== 'minmax' && normalisation !== 'percentile') return { kind: 'bad-field', field: 'normalisation' };
  // savedAt is an ISO time the app wrote; anything else is dropped, not kept.
  const savedAt = typeof r.savedAt === 'string' && SAVED_AT.test(r.savedAt) ? r.savedAt : '';
  const followUp = r.followUp === undefined ? undefined : validateFollowUp(r.followUp);
  if (followUp === null) return { kind: 'bad-field', field: 'followUp' };
  return { name: r.name.trim(), savedAt, weights: { ...weights }, directions: { ...directions }, normalisation, ...(followUp && { followUp }) };
}

/** A follow-up set from untrusted JSON, or null. Codes are checked against
 * the map when the set is used, not here: a set stays whole across data. */
function validateFollowUp(raw: unknown): FollowUpSet | null {
  if (!isPlainRecord(raw)) return null;
  const { name, codes, startYear, comparisonSize } = raw;
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME) return null;
  if (!Array.isArray(codes) || codes.length > MAX_KEYS || !codes.every((c) => typeof c === 'string' && AREA_CODE.test(c))) return null;
  if (!Number.isInteger(startYear) || (startYear as number) < 1950 || (startYear as number) > 2100) return null;
  if (!Number.isInteger(comparisonSize) || (comparisonSize as number) < 1 || (comparisonSize as number) > MAX_COMPARISON_SIZE) return null;
  return { name: name.trim(), codes: [...new Set(codes as string[])], startYear: startYear as number, comparisonSize: comparisonSize as number };
}


export function isScenario(x: Scenario | ScenarioProblem): x is Scenario {
  return 'weights' in x;
}

export function scenarioFile(scenario: Scenario): string {
  return `${JSON.stringify({ format: FILE_FORMAT, version: 1, ...scenario }, null, 2)}\n`;
}

export function parseScenarioFile(text: string, variableKeys: ReadonlySet<string>): Scenario | ScenarioProblem {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { kind: 'not-json' };
  }
  if ((json as { format?: unknown })?.format !== FILE_FORMAT) return { kind: 'not-scenario' };
  return validateScenario(json, variableKeys);
}

/** What reading the store found. */
export interface LoadedScenarios {
  scenarios: Scenario[];
  /** Key the unreadable store was moved to, if it was. */
  setAside: string | null;
  /** Characters of an unreadable store that could not be set aside (no room
   * for a copy): it stays where it is and nothing writes over it. */
  blocked: number | null;
}

/** Read saved scenarios; set a corrupt store aside so saving works again. */
export function loadScenarios(storage: ReadableStorage, now = new Date()): LoadedScenarios {
  const read = readStore(storage, STORAGE_KEY, (list) => {
    if (!Array.isArray(list)) return null;
    const scenarios = list.map((x) => validateScenario(x, null));
    return scenarios.every(isScenario) ? scenarios : null;
  }, now);
  return { scenarios: read.value ?? [], setAside: read.setAside, blocked: read.blocked };
}

/** Write the scenarios and read them back; false when the browser refused. */
export const saveScenarios = (storage: Pick<Storage, 'setItem' | 'getItem'>, scenarios: readonly Scenario[]) => writeStore(storage, STORAGE_KEY, scenarios);

/** `name`, or `name (2)`, `name (3)` … — the first not in `taken`, within MAX_NAME. */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, MAX_NAME - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
