import { describe, expect, it } from 'vitest';
import { parseIndicatorText } from '../../../src/data/parseIndicators.ts';
import { initialState, reduce } from '../../../src/ui/state/appState.ts';
import { context, HEADER, readRepoFile } from '../data/context.ts';

const parsed = parseIndicatorText(readRepoFile('data/indicators-example.csv'), context('indicators-example.csv'));
if (!parsed.ok) throw new Error('example data must parse');
const defaultKeys = new Set(parsed.value.variables.map((v) => v.key));
const noEfforts = { fileName: 'none.csv', illustrative: false, efforts: [] };
const start = initialState(parsed.value, defaultKeys, noEfforts);

describe('app state', () => {
  it('starts with 25 on each of the four variables at delområde level', () => {
    expect(start.settings.map((s) => s.weight)).toEqual([25, 25, 25, 25]);
    expect(start.level).toBe('delomrade');
    expect(start.settings[0].direction).toBe('lower-is-more-need');
  });
  it('clamps weights to 0–100', () => {
    const s = reduce(reduce(start, { type: 'set-weight', key: 'trangboddhet', weight: 400 }), { type: 'set-weight', key: 'laginkomststandard', weight: -3 });
    expect(s.settings.map((x) => x.weight)).toEqual([25, 100, 25, 0]);
  });
  it('clears the selection when the level changes', () => {
    const s = reduce(reduce(start, { type: 'select', code: '25611' }), { type: 'set-level', level: 'geso' });
    expect(s.selected).toBeNull();
  });
  it('keeps the loaded data when a file fails and says why', () => {
    const s = reduce(start, { type: 'load-failed', errors: [{ kind: 'empty-file', file: 'x.csv' }] });
    expect(s.dataset).toBe(start.dataset);
    expect(s.notices).toEqual([expect.objectContaining({ tone: 'error' })]);
  });
  it('adds extra variables at weight 0 and keeps the user’s weights', () => {
    const own = parseIndicatorText(`${HEADER};trygghet\n11319;A;5000;900;46,6;30,1;12,5;35,0;60`, context('egen.csv'));
    if (!own.ok) throw new Error();
    const tuned = reduce(start, { type: 'set-weight', key: 'trangboddhet', weight: 70 });
    const s = reduce(tuned, { type: 'dataset-loaded', dataset: own.value, warnings: own.warnings, defaultKeys });
    expect(s.settings.map((x) => [x.key, x.weight])).toEqual([
      ['behorighet_yrkesprogram', 25],
      ['trangboddhet', 70],
      ['ekonomiskt_bistand', 25],
      ['laginkomststandard', 25],
      ['trygghet', 0],
    ]);
    expect(s.notices[0]).toMatchObject({ tone: 'warning', file: 'egen.csv' });
  });
  it('resets the weights', () => {
    const s = reduce(reduce(start, { type: 'set-weight', key: 'trangboddhet', weight: 0 }), { type: 'reset-weights', defaultKeys });
    expect(s.settings).toEqual(start.settings);
  });
});
