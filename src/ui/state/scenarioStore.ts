/**
 * Named weightings that planners save in the browser, exchange as small JSON
 * files and compare. Everything read back — from storage or a file — is
 * validated; a corrupt store is set aside under another key, never thrown.
 */
import type { Direction, Normalisation } from '../../index/types.ts';

export interface Scenario {
  name: string;
  savedAt: string;
  weights: Record<string, number>;
  directions: Record<string, Direction>;
  normalisation: Normalisation;
}

export const STORAGE_KEY = 'kraftsamla.scenarios.v1';
const FILE_FORMAT = 'kraftsamla-scenario';
/** Longest name of a scenario or participant; longer ones are cut (typed) or refused (files). */
export const MAX_NAME = 80;
/** A name as typed: trimmed and cut to MAX_NAME. */
export const cleanName = (name: string) => name.trim().slice(0, MAX_NAME);

export type ScenarioProblem = { kind: 'not-json' | 'not-scenario' | 'bad-field'; field?: string };

/** A scenario from untrusted JSON: unknown variables are dropped, bad values refused. */
export function validateScenario(raw: unknown, variableKeys: ReadonlySet<string>): Scenario | ScenarioProblem {
  if (!raw || typeof raw !== 'object') return { kind: 'not-scenario' };
  const r = raw as Record<string, unknown>;
  if (typeof r.name !== 'string' || r.name.trim() === '' || r.name.length > MAX_NAME) return { kind: 'bad-field', field: 'name' };
  if (!r.weights || typeof r.weights !== 'object') return { kind: 'bad-field', field: 'weights' };
  const weights: Record<string, number> = {};
  for (const [key, value] of Object.entries(r.weights as Record<string, unknown>)) {
    if (!variableKeys.has(key)) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) return { kind: 'bad-field', field: `weights.${key}` };
    weights[key] = value;
  }
  if (Object.keys(weights).length === 0) return { kind: 'bad-field', field: 'weights' };
  const directions: Record<string, Direction> = {};
  for (const [key, value] of Object.entries((r.directions ?? {}) as Record<string, unknown>)) {
    if (!variableKeys.has(key)) continue;
    if (value !== 'higher-is-more-need' && value !== 'lower-is-more-need') return { kind: 'bad-field', field: `directions.${key}` };
    directions[key] = value;
  }
  const normalisation = r.normalisation ?? 'zscore';
  if (normalisation !== 'zscore' && normalisation !== 'minmax' && normalisation !== 'percentile') return { kind: 'bad-field', field: 'normalisation' };
  return { name: r.name.trim(), savedAt: typeof r.savedAt === 'string' ? r.savedAt : '', weights, directions, normalisation };
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
    json = JSON.parse(text);
  } catch {
    return { kind: 'not-json' };
  }
  if ((json as { format?: unknown })?.format !== FILE_FORMAT) return { kind: 'not-scenario' };
  return validateScenario(json, variableKeys);
}

export interface LoadedScenarios {
  scenarios: Scenario[];
  /** Key the unreadable store was moved to, if it was. */
  setAside: string | null;
}

/** Read saved scenarios; set a corrupt store aside so saving works again. */
export function loadScenarios(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>, variableKeys: ReadonlySet<string>, now = new Date()): LoadedScenarios {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return { scenarios: [], setAside: null };
  try {
    const list = JSON.parse(raw);
    if (!Array.isArray(list)) throw new Error('not a list');
    const scenarios = list.map((x) => validateScenario(x, variableKeys));
    if (!scenarios.every(isScenario)) throw new Error('invalid entry');
    return { scenarios, setAside: null };
  } catch {
    const aside = `${STORAGE_KEY}.oläsbar-${now.toISOString()}`;
    storage.setItem(aside, raw);
    storage.removeItem(STORAGE_KEY);
    return { scenarios: [], setAside: aside };
  }
}

export function saveScenarios(storage: Pick<Storage, 'setItem'>, scenarios: readonly Scenario[]): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(scenarios));
}
