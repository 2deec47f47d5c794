import { describe, expect, it } from 'vitest';
import { labelLayers, type LabelLayerInput } from '../../../src/map/layers/labelLayers.ts';
import { selectLabels } from '../../../src/map/mapFeatures.ts';
import { geography } from '../../support/geography.ts';

const labels = selectLabels(geography);
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
  ...over,
});
const namesOf = (i: LabelLayerInput) => labelLayers(i).find((l) => l.id === 'area-labels')!.props.data;

describe('the names layer', () => {
  it('keeps the same placed names while only the classes change, so a weight step does not lay out text again', () => {
    const first = namesOf(input({ classByCode: new Map([['10101', 1]]) }));
    expect(namesOf(input({ classByCode: new Map([['10101', 4]]) }))).toBe(first);
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
});
