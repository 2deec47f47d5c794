import { describe, expect, it } from 'vitest';
import { loadParticipants, PARTICIPANTS_KEY, saveParticipants } from '../../../../src/ui/state/participantStore.ts';
import { loadScenarios, MAX_NAME, parseScenarioFile, saveScenarios, scenarioFile, STORAGE_KEY, uniqueName, validateScenario } from '../../../../src/ui/state/scenarioStore.ts';

const keys = new Set(['a', 'b']);
const scenario = { name: 'ASN:s förslag', savedAt: '2026-11-24T10:00:00.000Z', weights: { a: 40, b: 60 }, directions: { a: 'lower-is-more-need' as const }, normalisation: 'zscore' as const };

/** A Storage with a quota in characters, like Chromium's (about 5.2 M). */
function memoryStorage(initial: Record<string, string> = {}, quota = Infinity) {
  const data = new Map(Object.entries(initial));
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (used() - (data.get(k)?.length ?? 0) + v.length + k.length > quota) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
}

describe('scenarios', () => {
  it('round-trip through a file', () => {
    expect(parseScenarioFile(scenarioFile(scenario), keys)).toEqual(scenario);
  });
  it('round-trip through storage', () => {
    const storage = memoryStorage();
    expect(saveScenarios(storage, [scenario])).toBe(true);
    expect(loadScenarios(storage)).toEqual({ scenarios: [scenario], setAside: null, blocked: null });
  });
  it('refuse files that are not scenarios, and bad values', () => {
    expect(parseScenarioFile('{', keys)).toEqual({ kind: 'not-json' });
    expect(parseScenarioFile('{"name":"x"}', keys)).toEqual({ kind: 'not-scenario' });
    expect(validateScenario({ ...scenario, weights: { a: -1 } }, keys)).toEqual({ kind: 'bad-field', field: 'weights.a' });
    expect(validateScenario({ ...scenario, weights: { a: '50' } }, keys)).toEqual({ kind: 'bad-field', field: 'weights.a' });
    expect(validateScenario({ ...scenario, normalisation: 'median' }, keys)).toEqual({ kind: 'bad-field', field: 'normalisation' });
    expect(validateScenario({ ...scenario, name: '' }, keys)).toEqual({ kind: 'bad-field', field: 'name' });
    // A file must weight at least one variable the data has now.
    expect(validateScenario({ ...scenario, weights: { c: 10 } }, keys)).toEqual({ kind: 'bad-field', field: 'weights' });
  });
  it('carry the follow-up set, and refuse a malformed one', () => {
    const followUp = { name: 'Styrgruppens val', codes: ['25611', '11319'], startYear: 2026, comparisonSize: 8 };
    expect(parseScenarioFile(scenarioFile({ ...scenario, followUp }), keys)).toEqual({ ...scenario, followUp });
    for (const bad of [{ ...followUp, codes: 'x' }, { ...followUp, codes: ['<img>'] }, { ...followUp, startYear: 20 }, { ...followUp, comparisonSize: 41 }, { ...followUp, name: '' }, []]) {
      expect(validateScenario({ ...scenario, followUp: bad }, keys)).toEqual({ kind: 'bad-field', field: 'followUp' });
    }
    // Older files without one are scenarios all the same.
    expect(validateScenario(scenario, keys)).toEqual(scenario);
  });
  it('keep weights of variables from a file that is not loaded now, for when it is', () => {
    // Issue 9 case 3: weights of a user file's variable vanished on reload.
    expect(validateScenario({ ...scenario, weights: { a: 10, extra_kolumn: 90 } }, keys)).toMatchObject({ weights: { a: 10, extra_kolumn: 90 } });
    const storage = memoryStorage();
    saveScenarios(storage, [{ ...scenario, weights: { a: 10, extra_kolumn: 90 } }]);
    expect(loadScenarios(storage).scenarios[0].weights).toEqual({ a: 10, extra_kolumn: 90 });
  });
  it('read keys like __proto__ and constructor as the keys they are', () => {
    // Issue 9 case 8.
    const raw = JSON.parse('{"name":"x","weights":{"__proto__":30,"constructor":20,"a":10},"directions":{"__proto__":"lower-is-more-need"}}');
    const s = validateScenario(raw, new Set(['__proto__', 'constructor', 'a']));
    expect(s).toMatchObject({ name: 'x' });
    if (!('weights' in s)) throw new Error('refused');
    expect(Object.keys(s.weights)).toEqual(['__proto__', 'constructor', 'a']);
    expect(Object.getPrototypeOf(s.weights)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(s.weights, '__proto__')?.value).toBe(30);
    expect(Object.getOwnPropertyDescriptor(s.directions, '__proto__')?.value).toBe('lower-is-more-need');
  });
  it('drop a savedAt that is not a time the app wrote', () => {
    // Issue 9 case 3: a 1,000,000-character savedAt filled the store.
    expect(validateScenario({ ...scenario, savedAt: 'x'.repeat(1_000_000) }, keys)).toMatchObject({ savedAt: '' });
    expect(validateScenario({ ...scenario, savedAt: '2026-11-24T10:00:00Z' }, keys)).toMatchObject({ savedAt: '2026-11-24T10:00:00Z' });
  });
  it('set a corrupt store aside instead of crashing, so saving works again', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '[{"name": "trasig", "weights": {"a": "x"}}' });
    const loaded = loadScenarios(storage, new Date('2026-11-24T12:00:00Z'));
    expect(loaded).toEqual({ scenarios: [], setAside: `${STORAGE_KEY}.oläsbar-2026-11-24T12:00:00.000Z`, blocked: null });
    expect(storage.data.get(loaded.setAside!)).toBe('[{"name": "trasig", "weights": {"a": "x"}}');
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
  });
  it('keep a corrupt store larger than half the quota where it is, and say it is blocked', () => {
    // Issue 9 case 3: it could not be copied aside, was not reported, and the next save overwrote it.
    const corrupt = `[${'x'.repeat(3_000_000)}`;
    const storage = memoryStorage({ [STORAGE_KEY]: corrupt }, 5_200_000);
    expect(loadScenarios(storage)).toEqual({ scenarios: [], setAside: null, blocked: corrupt.length });
    expect(storage.data.get(STORAGE_KEY)).toBe(corrupt);
  });
  it('say when the browser refuses a write', () => {
    const storage = memoryStorage({}, 100);
    expect(saveScenarios(storage, [scenario])).toBe(false);
    expect(storage.data.size).toBe(0);
  });
  it('find a free name within the length limit', () => {
    expect(uniqueName('A', new Set(['B']))).toBe('A');
    expect(uniqueName('A', new Set(['A', 'A (2)']))).toBe('A (3)');
    const long = 'x'.repeat(MAX_NAME);
    expect(uniqueName(long, new Set([long]))).toHaveLength(MAX_NAME);
  });
});

describe('participants in the browser', () => {
  const asn = { name: 'ASN', weights: { a: 40, b: 60 } };
  it('round-trip, so a workshop survives a reload', () => {
    const storage = memoryStorage();
    expect(saveParticipants(storage, [asn, { name: 'GSN', weights: { a: 0, b: 25 } }])).toBe(true);
    expect(loadParticipants(storage).value).toEqual([asn, { name: 'GSN', weights: { a: 0, b: 25 } }]);
  });
  it.each([
    ['not JSON', '{nope'],
    ['not a list', '{"ASN": 1}'],
    ['a weight out of range', '[{"name":"ASN","weights":{"a":1e9}}]'],
    ['a name that is not text', '[{"name":{"x":1},"weights":{"a":1}}]'],
  ])('set %s aside, never thrown and never overwritten', (_, raw) => {
    const storage = memoryStorage({ [PARTICIPANTS_KEY]: raw });
    const read = loadParticipants(storage, new Date('2026-12-02T10:00:00Z'));
    expect(read).toEqual({ value: null, setAside: `${PARTICIPANTS_KEY}.oläsbar-2026-12-02T10:00:00.000Z`, blocked: null });
    expect(storage.data.get(read.setAside!)).toBe(raw);
    expect(storage.data.has(PARTICIPANTS_KEY)).toBe(false);
  });
});
