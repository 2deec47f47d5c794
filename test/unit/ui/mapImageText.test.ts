import { describe, expect, it } from 'vitest';
import { effortSymbols } from '../../../src/map/effortSymbols.ts';
import { makeI18n } from '../../../src/ui/i18n/I18nContext.ts';
import { mapImageText, type MapImageInput } from '../../../src/ui/map/mapImageText.ts';
import { selectDerivedView } from '../../../src/ui/state/selectors/derivedView.ts';
import type { Effort } from '../../../src/efforts/types.ts';
import { dataset, geography, start } from './state/fixture.ts';

const effort = (id: string, type: string, citywide = false): Effort => ({
  id, name: id, type, owner: 'FRN', partners: [], areaCodes: ['25611'], reached: ['25611'], citywide, point: [13.02, 55.57], polygon: null,
  startYear: 2020, target: null, costKr: null, description: '', uvasLink: null, preventive: null,
});
const efforts = { fileName: 'insatser.csv', illustrative: false, efforts: [effort('a', 'Fritid'), effort('b', 'Kultur'), effort('c', 'Samverkan', true)] };

function imageOf(overrides: { illustrative?: boolean; zoom?: number; chosenCount?: number; language?: 'sv' | 'en' } = {}) {
  const own = { ...dataset, illustrative: overrides.illustrative ?? true, fileName: overrides.illustrative === false ? 'mina-data.csv' : dataset.fileName };
  const state = start({ dataset: own, efforts });
  const input: MapImageInput = {
    dataset: own,
    efforts,
    view: state.view,
    derived: selectDerivedView(state, geography),
    symbols: effortSymbols(['Fritid', 'Kultur', 'Samverkan']),
    chosenCount: overrides.chosenCount ?? 0,
    zoom: overrides.zoom ?? 11,
  };
  return mapImageText(input, makeI18n(overrides.language ?? 'sv'));
}

describe('the exported map picture explains itself', () => {
  it('names the loaded file and its years, never "made up", for one\'s own data', () => {
    const own = imageOf({ illustrative: false });
    expect(own.sources[0]).toBe('Data: mina-data.csv (2015–2024) · år 2024');
    expect(own.sources.join(' ')).not.toMatch(/påhittade/i);
    expect(own.exampleNote).toBeNull();
    expect(own.sources[1]).toBe('Insatser: insatser.csv');
  });
  it('says the bundled data are illustrative', () => {
    const example = imageOf();
    expect(example.sources[0]).toMatch(/^Data: Påhittade värden.* · år 2024$/);
    expect(example.exampleNote).toBe('Exempeldata – inte officiell statistik');
  });
  it('keys every line drawn: GeSO edges, the proposal, the selection, dashed small areas', () => {
    const lines = imageOf({ chosenCount: 5 }).lines;
    expect(lines.map((l) => l.label)).toEqual(expect.arrayContaining(['Gräns för GeSO', 'Föreslaget område (Stadskontoret)', 'Valt av styrgruppen (5)']));
    expect(imageOf().lines.map((l) => l.label)).not.toContain('Valt av styrgruppen (0)');
    const small = lines.find((l) => l.dashed);
    if (small) expect(small.label).toBe('Litet underlag (streckad kant)');
  });
  it('keys the effort symbols on the map, with the count marker only where the map draws it', () => {
    const zoomedOut = imageOf({ zoom: 11 }).symbols;
    expect(zoomedOut.map((s) => s.label)).toEqual(['Antal insatser i området (zooma in för var och en)', 'Fritid', 'Kultur']);
    expect(zoomedOut.map((s) => s.text)).toEqual(['3', 'Fr', 'Ku']);
    // A city-wide effort has no symbol on the map, so no key either.
    expect(imageOf({ zoom: 13 }).symbols.map((s) => s.label)).toEqual(['Fritid', 'Kultur']);
    expect(imageOf({ zoom: 13, language: 'en' }).symbols.map((s) => s.label)).toEqual(['Leisure', 'Culture']);
  });
});
