import { describe, expect, it } from 'vitest';
import { loadScenarios, parseScenarioFile, saveScenarios, scenarioFile, STORAGE_KEY, validateScenario } from '../../../../src/ui/state/scenarioStore.ts';

const keys = new Set(['a', 'b']);
const scenario = { name: 'ASN:s förslag', savedAt: '2026-11-24T10:00:00.000Z', weights: { a: 40, b: 60 }, directions: { a: 'lower-is-more-need' as const }, normalisation: 'zscore' as const };

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('scenarios', () => {
  it('round-trip through a file', () => {
    expect(parseScenarioFile(scenarioFile(scenario), keys)).toEqual(scenario);
  });
  it('round-trip through storage', () => {
    const storage = memoryStorage();
    saveScenarios(storage, [scenario]);
    expect(loadScenarios(storage, keys)).toEqual({ scenarios: [scenario], setAside: null });
  });
  it('refuse files that are not scenarios, and bad values', () => {
    expect(parseScenarioFile('{', keys)).toEqual({ kind: 'not-json' });
    expect(parseScenarioFile('{"name":"x"}', keys)).toEqual({ kind: 'not-scenario' });
    expect(validateScenario({ ...scenario, weights: { a: -1 } }, keys)).toEqual({ kind: 'bad-field', field: 'weights.a' });
    expect(validateScenario({ ...scenario, weights: { a: '50' } }, keys)).toEqual({ kind: 'bad-field', field: 'weights.a' });
    expect(validateScenario({ ...scenario, normalisation: 'median' }, keys)).toEqual({ kind: 'bad-field', field: 'normalisation' });
    expect(validateScenario({ ...scenario, name: '' }, keys)).toEqual({ kind: 'bad-field', field: 'name' });
  });
  it('drop variables the data does not have', () => {
    expect(validateScenario({ ...scenario, weights: { a: 10, c: 90 } }, keys)).toMatchObject({ weights: { a: 10 } });
  });
  it('set a corrupt store aside instead of crashing, so saving works again', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '[{"name": "trasig", "weights": {"a": "x"}}' });
    const loaded = loadScenarios(storage, keys, new Date('2026-11-24T12:00:00Z'));
    expect(loaded).toEqual({ scenarios: [], setAside: `${STORAGE_KEY}.oläsbar-2026-11-24T12:00:00.000Z` });
    expect(storage.data.get(loaded.setAside!)).toBe('[{"name": "trasig", "weights": {"a": "x"}}');
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
  });
});
