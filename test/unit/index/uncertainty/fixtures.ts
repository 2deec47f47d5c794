import type { AreaValues, VariableDefinition, VariableSetting } from '../../../../src/index/types.ts';

/** Small hand-made datasets for the uncertainty tests. */
export function variable(key: string, direction: VariableDefinition['direction'] = 'higher-is-more-need'): VariableDefinition {
  return {
    key,
    label: { sv: key, en: key },
    unit: '%',
    definition: { sv: '', en: '' },
    direction,
    populationBase: 'total',
    source: 'test',
  };
}

export function area(code: string, values: Record<string, number | null>, population = 1000): AreaValues {
  return { code, name: code, population, children: population / 5, values };
}

export function settings(weights: Record<string, number>): VariableSetting[] {
  return Object.entries(weights).map(([key, weight]) => ({ key, weight, direction: 'higher-is-more-need' }));
}

/** Deterministic varied values 0–100, so tests need no randomness of their own. */
export function spreadValues(codes: number, keys: readonly string[], seed = 1): AreaValues[] {
  let s = seed;
  const next = () => {
    s = (s * 16807) % 2147483647;
    return (s / 2147483647) * 100;
  };
  return Array.from({ length: codes }, (_, i) => area(`A${i}`, Object.fromEntries(keys.map((k) => [k, Math.round(next() * 10) / 10])), 200 + i * 150));
}
