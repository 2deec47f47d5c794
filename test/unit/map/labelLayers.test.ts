import { describe, expect, it } from 'vitest';
import { createNamePlacer, labelLayers, type LabelLayerInput } from '../../../src/map/layers/labelLayers.ts';
import { selectLabels } from '../../../src/map/mapFeatures.ts';
import { geography } from '../../support/geography.ts';

const labels = selectLabels(geography);
const namePlacer = createNamePlacer();
const input = (over: Partial<LabelLayerInput> = {}): LabelLayerInput => ({
  labels: labels.delomrade,
  proposedLabels: labels.proposed,
  showProposed: true,
  proposedLabel: (g) => `Förslag ${g}`,
  classByCode: new Map(),
  selectedLabel: null,
  scale: 1,
  zoom: 11,
  effortSymbolsAt: [],
  namePlacer,
  ...over,
});
const namesOf = (i: LabelLayerInput) => labelLayers(i).find((l) => l.id === 'area-labels')!.props.data;

describe('the names layer', () => {
  it('keeps the same placed names while only the classes change, so a weight step does not lay out text again', () => {
    const first = namesOf(input({ classByCode: new Map([['10101', 1]]) }));
    expect(namesOf(input({ classByCode: new Map([['10101', 4]]) }))).toBe(first);
  });

  it('keeps one placement per map: a second map at another zoom does not make the first lay out its names again', () => {
    const other = createNamePlacer();
    const first = namesOf(input());
    const second = namesOf(input({ zoom: 13, namePlacer: other }));
    expect(second).not.toBe(first);
    expect(namesOf(input())).toBe(first);
    expect(namesOf(input({ zoom: 13, namePlacer: other }))).toBe(second);
  });

  it('places the names anew when the zoom, the symbols or the selected area change', () => {
    const first = namesOf(input());
    const zoomed = namesOf(input({ zoom: 13 }));
    expect(zoomed).not.toBe(first);
    const withSymbols = namesOf(input({ zoom: 13, effortSymbolsAt: [labels.delomrade[0].position] }));
    expect(withSymbols).not.toBe(zoomed);
    const selected = namesOf(input({ zoom: 13, effortSymbolsAt: [labels.delomrade[0].position], selectedLabel: labels.delomrade[3] }));
    expect(selected).not.toBe(withSymbols);
    expect((selected as { label: { code: string } }[]).some((n) => n.label.code === labels.delomrade[3].code)).toBe(false);
  });

  it('gives way by drawing a name at size 0, so a weight step only rebuilds the sizes', () => {
    const layerOf = (i: LabelLayerInput) => labelLayers(i).find((l) => l.id === 'area-labels')!;
    const names = namesOf(input()) as { label: { code: string } }[];
    const sizeOf = (i: LabelLayerInput) => {
      const layer = layerOf(i);
      const getSize = (layer.props as unknown as { getSize: (d: unknown) => number }).getSize;
      return new Map(names.map((n) => [n.label.code, getSize(n)]));
    };
    const shown = [...sizeOf(input()).values()].filter((s) => s > 0).length;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(names.length);
    // A higher class for a hidden name brings it back.
    const hidden = [...sizeOf(input())].find(([, size]) => size === 0)![0];
    expect(sizeOf(input({ classByCode: new Map([[hidden, 4]]) })).get(hidden)).toBeGreaterThan(0);
    // Same winners, same trigger: deck.gl then rebuilds nothing.
    const trigger = (i: LabelLayerInput) => (layerOf(i).props as unknown as { updateTriggers: { getSize: unknown[] } }).updateTriggers.getSize;
    expect(trigger(input())).toEqual(trigger(input({ classByCode: new Map([['no-such-area', 4]]) })));
  });
});
