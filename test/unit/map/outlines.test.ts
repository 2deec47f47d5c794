import { describe, expect, it } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { ABOVE_OUTLINES, BELOW_OUTLINES, SEAM_LAYERS } from '../../../src/map/layerOrder.ts';
import { OUTLINE_IDS, outlineStyle, type OutlineLayerInput } from '../../../src/map/layers/outlineLayers.ts';
import { areaLayers } from '../../../src/map/layers/areaLayers.ts';
import { syncOutlines } from '../../../src/map/syncOutlines.ts';
import { geography } from '../../support/geography.ts';

// The app hands the same array while a set is unchanged (memoised selectors).
const NONE: OutlineLayerInput['areas'] = [];
const FIRST = [geography.delomraden[0]];
const input = (over: Partial<OutlineLayerInput> = {}): OutlineLayerInput => ({
  areas: geography.delomraden,
  gesoOutlines: geography.geso,
  flaggedAreas: NONE,
  proposed: geography.proposed,
  showProposed: true,
  chosenAreas: NONE,
  selectedAreas: NONE,
  scale: 1,
  ...over,
});

/** Just enough of a MapLibre map to record what is asked of it. */
function fakeMap(styleLoaded = true) {
  const order = styleLoaded ? SEAM_LAYERS.map((l) => l.id) : [];
  const sources = new Map<string, { data: unknown; setData: (d: unknown) => void }>();
  const calls: string[] = [];
  const map = {
    getLayer: (id: string) => (order.includes(id) ? { id } : undefined),
    getSource: (id: string) => sources.get(id),
    addSource: (id: string, spec: { data: unknown }) => {
      calls.push(`addSource ${id}`);
      const source = { data: spec.data, setData: (d: unknown) => (calls.push(`setData ${id}`), (source.data = d)) };
      sources.set(id, source);
    },
    addLayer: (layer: { id: string }, before: string) => {
      calls.push(`addLayer ${layer.id}`);
      order.splice(order.indexOf(before), 0, layer.id);
    },
    setPaintProperty: (id: string, key: string, value: unknown) => calls.push(`paint ${id} ${key} ${value}`),
  };
  return { map: map as unknown as MaplibreMap, order, sources, calls };
}

describe('the edges (MapLibre line layers)', () => {
  it('draws every edge kind, bottom to top, the proposal only when shown and the selection only when there is one', () => {
    const style = outlineStyle(input());
    expect(style.layers.map((l) => l.id)).toEqual([...OUTLINE_IDS]);
    expect(style.data['proposed-outlines']).toBe(geography.proposed);
    expect(style.data['selected-outline']).toHaveLength(0);
    expect(outlineStyle(input({ showProposed: false })).data['proposed-outlines']).toHaveLength(0);
    expect(style.layers.find((l) => l.id === 'small-area-flags')!.paint!['line-dasharray']).toEqual([4, 3]);
    // A projector's scale widens the lines, not the thin edge between areas.
    const wide = outlineStyle(input({ scale: 2 }));
    expect(wide.layers.find((l) => l.id === 'proposed-outlines')!.paint!['line-width']).toBe(2 * (style.layers.find((l) => l.id === 'proposed-outlines')!.paint!['line-width'] as number));
    expect(wide.layers.find((l) => l.id === 'area-edges')!.paint!['line-width']).toBe(1);
    expect(style.layers.find((l) => l.id === 'proposed-outlines')!.paint!['line-color']).toBe('rgb(196 30 120 / 1)');
  });

  it('puts the edges between deck.gl’s fill and its names, and hands a map only what changed', () => {
    const { map, order, calls } = fakeMap();
    const first = syncOutlines(map, outlineStyle(input()), null);
    expect(order).toEqual([BELOW_OUTLINES, ...OUTLINE_IDS, ABOVE_OUTLINES]);
    expect(calls.filter((c) => c.startsWith('addSource'))).toHaveLength(OUTLINE_IDS.length);
    // deck.gl's fill and hatch are drawn before the lower seam.
    for (const layer of areaLayers({ areas: [], classByCode: new Map(), colourOverride: null, missingAreas: [], onHover: () => {} })) {
      expect((layer.props as { beforeId?: string }).beforeId).toBe(BELOW_OUTLINES);
    }
    calls.length = 0;
    // The same input (a weight step): nothing at all.
    const again = syncOutlines(map, outlineStyle(input()), first);
    expect(calls).toEqual([]);
    // A selection: only its source; a projector: only widths.
    const selected = syncOutlines(map, outlineStyle(input({ selectedAreas: FIRST })), again);
    expect(calls).toEqual(['setData selected-outline']);
    calls.length = 0;
    syncOutlines(map, outlineStyle(input({ selectedAreas: FIRST, scale: 2 })), selected);
    expect(calls.every((c) => c.startsWith('paint') && c.includes('line-width'))).toBe(true);
    expect(calls.length).toBe(OUTLINE_IDS.length - 1);
  });

  it('waits for the style: nothing is added before it has loaded', () => {
    const { map, calls } = fakeMap(false);
    expect(syncOutlines(map, outlineStyle(input()), null)).toBeNull();
    expect(calls).toEqual([]);
  });
});
