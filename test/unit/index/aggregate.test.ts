import { describe, expect, it } from 'vitest';
import { aggregateRates, type Membership } from '../../../src/index/aggregate.ts';
import type { AreaValues } from '../../../src/index/types.ts';

const membership: Membership = {
  parentOf: new Map([
    ['a1', 'A'],
    ['a2', 'A'],
    ['a3', 'A'],
    ['b1', 'B'],
  ]),
  parents: new Map([
    ['A', 'Area A'],
    ['B', 'Area B'],
    ['C', 'Area C (no members)'],
  ]),
};
const area = (code: string, population: number | null, children: number | null, rate: number | null, school: number | null): AreaValues => ({
  code,
  name: code,
  population,
  children,
  values: { rate, school },
});

describe('aggregateRates', () => {
  const areas = [area('a1', 1000, 100, 10, 80), area('a2', 3000, 500, 20, 60), area('a3', 500, 50, null, null), area('b1', 200, null, 5, 90)];
  const result = aggregateRates(areas, membership, { rate: 'total', school: 'children' });

  it('weights total-population rates by befolkning', () => {
    // (10·1000 + 20·3000) / 4000 = 17.5; a3 has no value and is left out.
    expect(result[0].values.rate).toBe(17.5);
  });
  it('weights children’s rates by befolkning_0_16', () => {
    // (80·100 + 60·500) / 600 = 63.33…
    expect(result[0].values.school).toBeCloseTo(63.3333, 4);
  });
  it('leaves members without a population figure out', () => {
    expect(result[1].values.rate).toBe(5);
    expect(result[1].values.school).toBeNull();
  });
  it('sums populations and keeps every parent, even without members', () => {
    expect(result.map((r) => [r.code, r.name, r.population, r.children])).toEqual([
      ['A', 'Area A', 4500, 650],
      ['B', 'Area B', 200, null],
      ['C', 'Area C (no members)', null, null],
    ]);
    expect(result[2].values).toEqual({ rate: null, school: null });
  });
});
