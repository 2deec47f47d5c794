import { describe, expect, it } from 'vitest';
import { computeIndex } from '../../../../src/index/compositeIndex.ts';
import { reduce } from '../../../../src/ui/state/reduce.ts';
import { selectComparison } from '../../../../src/ui/state/selectors/comparison.ts';
import { selectConsensus } from '../../../../src/ui/state/selectors/consensus.ts';
import { selectDerivedView } from '../../../../src/ui/state/selectors/derivedView.ts';
import { colourOverride } from '../../../../src/ui/state/selectors/mapColours.ts';
import { dataset, geography, start } from './fixture.ts';

const s0 = start();
const moved = reduce(s0, { type: 'set-weight', key: 'trangboddhet', weight: 80 });

describe('the derived view', () => {
  it('is the index of the view’s weights, in rank order', () => {
    const d = selectDerivedView(moved, geography);
    const expected = computeIndex(dataset.areas, { normalisation: 'zscore', settings: d.settings });
    expect(d.settings.find((s) => s.key === 'trangboddhet')!.weight).toBe(80);
    expect(d.result.scores).toEqual(expected.scores);
    expect(d.order.slice(0, 3)).toEqual([...expected.scores].filter((s) => s.rank !== null).sort((a, b) => a.rank! - b.rank!).slice(0, 3).map((s) => s.code));
    expect(d.rankedCount).toBe(expected.scores.filter((s) => s.rank !== null).length);
    expect([...d.missing].sort()).toEqual(expected.scores.filter((s) => s.index === null).map((s) => s.code).sort());
  });

  it('gives back the same object for the same state, and recomputes only what a weight changes', () => {
    const a = selectDerivedView(s0, geography);
    expect(selectDerivedView(s0, geography)).toBe(a);
    const b = selectDerivedView(moved, geography);
    expect(b.result).not.toBe(a.result);
    // Not the areas, the effort join or the small-area flags: they do not depend on the weight.
    expect(b.areas).toBe(a.areas);
    expect(b.effortsByCode).toBe(a.effortsByCode);
    expect(b.reliability).toBe(a.reliability);
  });

  it('redoes the small-area flags when a variable is switched off', () => {
    const off = reduce(s0, { type: 'set-weight', key: 'behorighet_yrkesprogram', weight: 0 });
    expect(selectDerivedView(off, geography).reliability).not.toBe(selectDerivedView(s0, geography).reliability);
  });

  it('aggregates to the GeSO at GeSO level', () => {
    const d = selectDerivedView(reduce(s0, { type: 'set-level', level: 'geso' }), geography);
    expect(d.areas).toHaveLength(geography.geso.length);
  });

  it('uses fewer decimals on a 0–100 scale than for z-scores', () => {
    expect(selectDerivedView(s0, geography).indexDecimals).toBe(2);
    expect(selectDerivedView(reduce(s0, { type: 'set-normalisation', normalisation: 'minmax' }), geography).indexDecimals).toBe(1);
  });
});

describe('comparison, consensus and map colours', () => {
  it('compares nothing until asked, then the same weighting against itself changes nothing', () => {
    expect(selectComparison(s0, geography)).toBeNull();
    const same = selectComparison(reduce(s0, { type: 'set-compare', compare: { a: 'default', b: 'current' } }), geography)!;
    expect(same.movers).toEqual([]);
    expect(same.changes.every((c) => c.change === null || c.change === 0)).toBe(true);
  });

  it('takes the median of the participants’ weights', () => {
    let s = reduce(s0, { type: 'add-participant', weighting: { name: 'A', weights: { trangboddhet: 100 } } });
    s = reduce(s, { type: 'add-participant', weighting: { name: 'B', weights: { trangboddhet: 0, ekonomiskt_bistand: 50 } } });
    s = reduce(s, { type: 'add-participant', weighting: { name: 'C', weights: { trangboddhet: 40 } } });
    expect(selectConsensus(s, geography).median).toMatchObject({ trangboddhet: 40, ekonomiskt_bistand: 0 });
  });

  it('colours by probability only when asked, else by the comparison, else not at all', () => {
    const byCode = new Map([['25611', { code: '25611', pTop: 0.5, medianRank: 1, low: 1, high: 2 }]]) as never;
    expect(colourOverride('index', ['25611'], byCode, null, null)).toBeNull();
    const p = colourOverride('probability', ['25611', '11319'], byCode, null, null)!;
    expect(p.get('25611')).toEqual([158, 154, 200]);
    expect(p.get('11319')).toBeNull();
  });
});
