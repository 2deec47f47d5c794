import { describe, expect, it } from 'vitest';
import { computeIndex } from '../../../../src/index/compositeIndex.ts';
import { prepareModel } from '../../../../src/index/uncertainty/model.ts';
import { createSimulation, type SimulationOptions } from '../../../../src/index/uncertainty/simulate.ts';
import { WEIGHT_SPREADS } from '../../../../src/index/uncertainty/weightSpread.ts';
import type { AreaValues, VariableDefinition } from '../../../../src/index/types.ts';
import { area, settings, spreadValues, variable } from './fixtures.ts';

const keys = ['a', 'b', 'c'];
const variables = keys.map((k) => variable(k));
const areas = spreadValues(30, keys);
const base: SimulationOptions = { samples: 2000, seed: 11, spread: 'large', drawNormalisation: false, samplingNoise: false, topN: 5 };

function simulate(data: readonly AreaValues[], weights: Record<string, number>, options: Partial<SimulationOptions> = {}, vars: VariableDefinition[] = variables) {
  const model = prepareModel({ areas: data, variables: vars, settings: settings(weights), normalisation: 'zscore' });
  const simulation = createSimulation(model, { ...base, ...options });
  simulation.run(Infinity);
  return simulation.summary();
}

describe('Monte Carlo over the weights', () => {
  it.each(WEIGHT_SPREADS)('with one weighted variable, %s weight noise changes nothing', (spread) => {
    const summary = simulate(areas, { a: 40, b: 0, c: 0 }, { spread, drawNormalisation: true });
    const ranks = computeIndex(areas, { normalisation: 'zscore', settings: settings({ a: 40, b: 0, c: 0 }) }).scores;
    for (const u of summary.areas) {
      const rank = ranks.find((s) => s.code === u.code)!.rank!;
      expect([u.low, u.medianRank, u.high]).toEqual([rank, rank, rank]);
      expect(u.pTop).toBe(rank <= 5 ? 1 : 0);
    }
    expect(summary.weightSensitivity).toEqual([{ key: 'a', firstOrder: 0 }]);
  });

  it('gives two areas with identical values identical statistics', () => {
    const twins = [...areas, area('T1', { a: 55, b: 60, c: 41 }), area('T2', { a: 55, b: 60, c: 41 })];
    for (const options of [{}, { spread: 'uniform' as const, drawNormalisation: true }]) {
      const summary = simulate(twins, { a: 50, b: 30, c: 20 }, options);
      const [t1, t2] = ['T1', 'T2'].map((c) => summary.areas.find((u) => u.code === c)!);
      expect({ ...t1, code: '' }).toEqual({ ...t2, code: '' });
    }
  });

  it('puts an area first on every variable first in every sample, whatever the method', () => {
    const withLeader = [...areas, area('TOP', { a: 101, b: 101, c: 101 })];
    const summary = simulate(withLeader, { a: 10, b: 60, c: 30 }, { spread: 'uniform', drawNormalisation: true });
    expect(summary.areas.find((u) => u.code === 'TOP')).toEqual({ code: 'TOP', medianRank: 1, low: 1, high: 1, pTop: 1 });
  });

  it('honours the direction of a variable', () => {
    const vars = [variable('a', 'lower-is-more-need'), variable('b'), variable('c')];
    const withLeader = [...areas, area('TOP', { a: -1, b: 101, c: 101 })];
    const model = prepareModel({
      areas: withLeader,
      variables: vars,
      settings: [{ key: 'a', weight: 1, direction: 'lower-is-more-need' }, ...settings({ b: 1, c: 1 })],
      normalisation: 'percentile',
    });
    const simulation = createSimulation(model, { ...base, spread: 'uniform' });
    simulation.run(Infinity);
    expect(simulation.summary().areas.find((u) => u.code === 'TOP')!.high).toBe(1);
  });

  it('centres on the current ranking: with a small spread the median rank is the rank', () => {
    const summary = simulate(areas, { a: 50, b: 30, c: 20 }, { spread: 'small', samples: 4000 });
    const ranks = computeIndex(areas, { normalisation: 'zscore', settings: settings({ a: 50, b: 30, c: 20 }) }).scores;
    const matches = summary.areas.filter((u) => u.medianRank === ranks.find((s) => s.code === u.code)!.rank).length;
    expect(matches).toBeGreaterThanOrEqual(27);
    for (const u of summary.areas) expect(u.low).toBeLessThanOrEqual(u.medianRank), expect(u.medianRank).toBeLessThanOrEqual(u.high);
  });

  it('gives the same result for the same seed, however the run is split, and another for another seed', () => {
    const options = { spread: 'medium' as const, drawNormalisation: true, samplingNoise: true };
    const whole = simulate(areas, { a: 1, b: 1, c: 1 }, options);
    const model = prepareModel({ areas, variables, settings: settings({ a: 1, b: 1, c: 1 }), normalisation: 'zscore' });
    const chunked = createSimulation(model, { ...base, ...options });
    while (chunked.done < chunked.total) chunked.run(137);
    expect(chunked.summary()).toEqual(whole);
    expect(simulate(areas, { a: 1, b: 1, c: 1 }, { ...options, seed: 12 })).not.toEqual(whole);
  });

  it('reports partial results while running', () => {
    const model = prepareModel({ areas, variables, settings: settings({ a: 1, b: 1, c: 1 }), normalisation: 'zscore' });
    const simulation = createSimulation(model, base);
    expect(simulation.summary().areas).toEqual([]);
    simulation.run(500);
    const partial = simulation.summary();
    expect([partial.done, partial.total, partial.areas.length]).toEqual([500, 2000, 30]);
  });

  it('leaves areas with a missing value out, as the index does', () => {
    const withGap = [...areas, area('GAP', { a: 50, b: null, c: 50 })];
    const summary = simulate(withGap, { a: 1, b: 1, c: 1 });
    expect(summary.areas.map((u) => u.code)).not.toContain('GAP');
    expect(summary.areas).toHaveLength(30);
    // …unless the variable it lacks is not in use.
    expect(simulate(withGap, { a: 1, b: 0, c: 1 }).areas.map((u) => u.code)).toContain('GAP');
  });

  it('returns nothing to rank when every weight is zero', () => {
    const summary = simulate(areas, { a: 0, b: 0, c: 0 });
    expect([summary.total, summary.areas.length]).toEqual([0, 0]);
  });
});

describe('sampling noise in small areas', () => {
  it('widens the rank interval of a small area more than of a large one with the same values', () => {
    const twins = [...areas, area('SMALL', { a: 50, b: 50, c: 50 }, 150), area('LARGE', { a: 50, b: 50, c: 50 }, 20_000)];
    const summary = simulate(twins, { a: 1, b: 1, c: 1 }, { spread: 'small', samplingNoise: true, samples: 3000 });
    const width = (code: string) => {
      const u = summary.areas.find((x) => x.code === code)!;
      return u.high - u.low;
    };
    expect(width('SMALL')).toBeGreaterThan(2 * Math.max(1, width('LARGE')));
  });

  it('adds no noise to values that are not percentages', () => {
    const counts = [variable('a'), variable('b'), variable('c')].map((v) => ({ ...v, unit: 'kr' }));
    const summary = simulate(areas, { a: 1, b: 0, c: 0 }, { samplingNoise: true }, counts);
    for (const u of summary.areas) expect(u.low).toBe(u.high);
  });
});

describe('sensitivity of the ranks to each weight', () => {
  it('is zero for a variable with no variance across areas', () => {
    const flat = areas.map((a) => ({ ...a, values: { ...a.values, c: 42 } }));
    for (const spread of ['medium', 'uniform'] as const) {
      const summary = simulate(flat, { a: 40, b: 30, c: 30 }, { spread, samples: 10_000 });
      const s = Object.fromEntries(summary.weightSensitivity.map((x) => [x.key, x.firstOrder]));
      expect(s.c).toBeLessThan(0.01);
      expect(s.a).toBeGreaterThan(0.2);
      expect(s.b).toBeGreaterThan(0.2);
    }
  });

  it('is largest for the weight the result hinges on', () => {
    // a and c are the same column, so the ranks depend on w_b alone
    // (w_a + w_c = 1 − w_b): b explains nearly all, a and c only through
    // their correlation with w_b.
    const twinColumns = areas.map((x) => ({ ...x, values: { ...x.values, c: x.values.a } }));
    const summary = simulate(twinColumns, { a: 1, b: 1, c: 1 }, { spread: 'uniform', samples: 10_000 });
    const [a, b, c] = summary.weightSensitivity.map((x) => x.firstOrder);
    expect(b).toBeGreaterThan(0.9);
    expect(a).toBeLessThan(0.5);
    expect(c).toBeLessThan(0.5);
  });

  it('reports the normalisation separately when it is drawn', () => {
    expect(simulate(areas, { a: 1, b: 1, c: 1 }).normalisationSensitivity).toBeNull();
    const drawn = simulate(areas, { a: 1, b: 1, c: 1 }, { drawNormalisation: true }).normalisationSensitivity!;
    expect(drawn).toBeGreaterThanOrEqual(0);
    expect(drawn).toBeLessThanOrEqual(1);
  });
});
