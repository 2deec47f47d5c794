/**
 * Hands an outline style (layers/outlineLayers.ts) to a MapLibre map: its
 * sources and line layers the first time, then only what changed, new
 * features to a source or a new width to a layer, so a weight step that
 * changes no edge costs nothing here.
 */
import type { GeoJSONSource, LineLayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import type { AreaFeature } from '../data/geography.ts';
import { ABOVE_OUTLINES } from './layerOrder.ts';
import { OUTLINE_IDS, type OutlineStyle } from './layers/outlineLayers.ts';

type LinePaint = NonNullable<LineLayerSpecification['paint']>;

const collection = (features: readonly AreaFeature<object>[]): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features: features as GeoJSON.Feature[] });

/**
 * Returns what the map shows now, to be passed back as `shown` next time; or
 * null while the map's style is still loading (call again on its `load`).
 */
export function syncOutlines(map: MaplibreMap, next: OutlineStyle, shown: OutlineStyle | null): OutlineStyle | null {
  if (!map.getLayer(ABOVE_OUTLINES)) return null;
  // A weight step: the same style (memoised), nothing to compare.
  if (next === shown) return shown;
  for (const id of OUTLINE_IDS) {
    const source = map.getSource<GeoJSONSource>(id);
    if (!source) map.addSource(id, { type: 'geojson', data: collection(next.data[id]) });
    else if (shown?.data[id] !== next.data[id]) source.setData(collection(next.data[id]));
  }
  next.layers.forEach((layer, i) => {
    if (!map.getLayer(layer.id)) {
      map.addLayer(layer, ABOVE_OUTLINES);
      return;
    }
    const before = shown?.layers[i].paint;
    const paint = layer.paint ?? {};
    for (const key of Object.keys(paint) as (keyof LinePaint)[]) {
      if (JSON.stringify(before?.[key]) !== JSON.stringify(paint[key])) map.setPaintProperty(layer.id, key, paint[key]);
    }
  });
  return next;
}
