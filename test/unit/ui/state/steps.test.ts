import { describe, expect, it } from 'vitest';
import { parseIndicatorText } from '../../../../src/data/parseIndicators.ts';
import { computeIndex } from '../../../../src/index/compositeIndex.ts';
import { areasAtLevel, classesFor, mediansOf, rankOrder } from '../../../../src/ui/state/selectors/steps.ts';
import { context, readRepoFile } from '../../data/context.ts';
import { geography } from '../../../support/geography.ts';

const parsed = parseIndicatorText(readRepoFile('data/indicators-example.csv'), context());
if (!parsed.ok) throw new Error();
const dataset = parsed.value;
const settings = dataset.variables.map((v) => ({ key: v.key, weight: 25, direction: v.direction }));

describe('GeSO level', () => {
  const gesos = areasAtLevel(dataset, dataset.areas, 'geso', geography);
  it('has the 14 GeSO, each with a value for every variable', () => {
    expect(gesos).toHaveLength(14);
    for (const g of gesos) for (const v of dataset.variables) expect(g.values[v.key]).not.toBeNull();
  });
  it('weights behörighet by children and the others by population', () => {
    const members = dataset.areas.filter((a) => geography.gesoMembership.parentOf.get(a.code) === gesos[0].code);
    const weighted = (key: string, w: (a: (typeof members)[0]) => number | null) => {
      const known = members.filter((m) => m.values[key] !== null && (w(m) ?? 0) > 0);
      return known.reduce((s, m) => s + m.values[key]! * w(m)!, 0) / known.reduce((s, m) => s + w(m)!, 0);
    };
    expect(gesos[0].values.behorighet_yrkesprogram).toBeCloseTo(weighted('behorighet_yrkesprogram', (m) => m.children), 10);
    expect(gesos[0].values.trangboddhet).toBeCloseTo(weighted('trangboddhet', (m) => m.population), 10);
  });
  it('ranks the 14 GeSO 1–14', () => {
    const r = computeIndex(gesos, { normalisation: 'zscore', settings });
    expect(r.scores.map((s) => s.rank).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });
});

describe('rank order and classes at delområde level', () => {
  const r = computeIndex(dataset.areas, { normalisation: 'zscore', settings });
  const order = rankOrder(dataset.areas, r.scores);
  it('lists areas by rank with those without an index last, alphabetically', () => {
    const ranks = order.map((c) => r.scores.find((s) => s.code === c)!.rank);
    const ranked = ranks.filter((x) => x !== null) as number[];
    expect(ranked).toEqual(ranked.slice().sort((a, b) => a - b));
    expect(ranks.slice(ranked.length).every((x) => x === null)).toBe(true);
    const missingNames = order.slice(ranked.length).map((c) => dataset.areas.find((a) => a.code === c)!.name);
    expect(missingNames).toEqual(missingNames.slice().sort((a, b) => a.localeCompare(b, 'sv')));
  });
  it('keeps fixed class limits when weights move', () => {
    const moved = computeIndex(dataset.areas, { normalisation: 'zscore', settings: settings.map((s, i) => ({ ...s, weight: i === 1 ? 100 : 0 })) });
    const fixed = classesFor(moved, 'quantile', r);
    const free = classesFor(moved, 'quantile', null);
    expect(fixed.classification!.thresholds).toEqual(classesFor(r, 'quantile', null).classification!.thresholds);
    expect(fixed.classification!.thresholds).not.toEqual(free.classification!.thresholds);
  });
  it('computes Malmö medians per variable', () => {
    const m = mediansOf(dataset.areas, dataset.variables);
    expect(Object.keys(m)).toEqual(dataset.variables.map((v) => v.key));
    expect(m.trangboddhet).toBeGreaterThan(0);
  });
});
