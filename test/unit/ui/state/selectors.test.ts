import { describe, expect, it } from 'vitest';
import { computeIndex } from '../../../../src/index/compositeIndex.ts';
import { reduce } from '../../../../src/ui/state/reduce.ts';
import { selectComparison } from '../../../../src/ui/state/selectors/comparison.ts';
import { selectConsensus } from '../../../../src/ui/state/selectors/consensus.ts';
import { selectDerivedView } from '../../../../src/ui/state/selectors/derivedView.ts';
import { colourOverride } from '../../../../src/ui/state/selectors/mapColours.ts';
import { selectChange } from '../../../../src/ui/state/selectors/change.ts';
import { CHANGE_COLOURS } from '../../../../src/map/changeColours.ts';
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
    // "Top 12" of 14 GeSO singles out nothing: N is a third of the areas shown, and the chosen 12 is kept for delområden.
    expect(d.topN).toEqual({ n: 4, chosen: 12, max: 4, limited: true });
    expect(selectDerivedView(s0, geography).topN).toEqual({ n: 12, chosen: 12, max: 45, limited: false });
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

  it('takes the median of the participants’ shares, as the table shows them', () => {
    let s = reduce(s0, { type: 'add-participant', weighting: { name: 'A', weights: { trangboddhet: 100 } } }); // 100 % / 0 %
    s = reduce(s, { type: 'add-participant', weighting: { name: 'B', weights: { trangboddhet: 0, ekonomiskt_bistand: 50 } } }); // 0 % / 100 %
    s = reduce(s, { type: 'add-participant', weighting: { name: 'C', weights: { trangboddhet: 40, ekonomiskt_bistand: 40 } } }); // 50 % / 50 %
    expect(selectConsensus(s, geography).median).toMatchObject({ trangboddhet: 0.5, ekonomiskt_bistand: 0.5, behorighet_yrkesprogram: 0 });
  });

  it('colours by probability only when asked, else by the comparison, else not at all', () => {
    const byCode = new Map([['25611', { code: '25611', pTop: 0.5, medianRank: 1, low: 1, high: 2 }]]) as never;
    expect(colourOverride('index', ['25611'], byCode, null, null)).toBeNull();
    const p = colourOverride('probability', ['25611', '11319'], byCode, null, null)!;
    expect(p.get('25611')).toEqual([158, 154, 200]);
    expect(p.get('11319')).toBeNull();
  });
});

describe('the year shown and the change map', () => {
  it('computes no change map while the map shows something else', () => {
    expect(selectChange(reduce(s0, { type: 'set-change', from: 2015 }), geography)).toBeNull();
  });

  it('the derived view is the year asked for, and against a reference year only that year equals within-year', () => {
    const y2019 = reduce(s0, { type: 'set-year', year: 2019 });
    const d = selectDerivedView(y2019, geography);
    expect(d.year).toBe(2019);
    expect(d.areaByCode.get('25611')!.values.trangboddhet).toBe(dataset.byYear.get(2019)!.find((a) => a.code === '25611')!.values.trangboddhet);
    const fixed = reduce(y2019, { type: 'set-reference-year', year: 2019 });
    expect(selectDerivedView(fixed, geography).result.scores).toEqual(d.result.scores);
    const other = reduce(y2019, { type: 'set-reference-year', year: 2024 });
    expect(selectDerivedView(other, geography).result.scores).not.toEqual(d.result.scores);
  });

  it('a variable change is the difference in percentage points, coloured by what better means, with the break spanned', () => {
    let s = reduce(s0, { type: 'set-change', from: 2016, measure: { variable: 'laginkomststandard' } });
    s = reduce(s, { type: 'set-map-colour', colour: 'change' });
    const change = selectChange(s, geography)!;
    const at = (year: number) => dataset.byYear.get(year)!.find((a) => a.code === '25611')!.values.laginkomststandard!;
    expect(change.delta.get('25611')).toBeCloseTo(at(2024) - at(2016), 12);
    expect(change.breaks.map((b) => b.year)).toEqual([2022]);
    // Lower is better for low income: the largest fall is the darkest "better" colour.
    const fall = [...change.delta].filter(([, d]) => d !== null).sort((a, b) => a[1]! - b[1]!)[0][0];
    expect(change.colourByCode.get(fall)).toEqual(CHANGE_COLOURS[0]);
    expect(colourOverride('change', [], new Map(), null, change)).toBe(change.colourByCode);
    // Eligibility: a rise is better.
    const eligibility = selectChange(reduce(s, { type: 'set-change', measure: { variable: 'behorighet_yrkesprogram' } }), geography)!;
    const rise = [...eligibility.delta].filter(([, d]) => d !== null).sort((a, b) => b[1]! - a[1]!)[0][0];
    expect(eligibility.colourByCode.get(rise)).toEqual(CHANGE_COLOURS[0]);
    expect(eligibility.breaks).toEqual([]);
  });

  it('rank change is places moved towards rank 1, and index change is against a fixed year', () => {
    const s = reduce(reduce(s0, { type: 'set-map-colour', colour: 'change' }), { type: 'set-change', from: 2015, measure: 'rank' });
    const change = selectChange(s, geography)!;
    const rank = (year: number) => computeIndex(dataset.byYear.get(year)!, { normalisation: 'zscore', settings: selectDerivedView(s0, geography).settings }).scores.find((x) => x.code === '25611')!.rank!;
    expect(change.delta.get('25611')).toBe(rank(2015) - rank(2024));
    const index = selectChange(reduce(s, { type: 'set-change', measure: 'index' }), geography)!;
    // The default reference for an index change: the year the areas were chosen on.
    expect(index.referenceYear).toBe(2024);
  });
});
