/**
 * Ongoing efforts. Zoomed out: one marker per area with its count, under
 * its name. Zoomed in: a disc with an
 * abbreviation per point, spread apart, and a count of the efforts placed
 * by area only.
 */
import type { Layer } from '@deck.gl/core';
import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { EffortCluster } from '../mapFeatures.ts';
import type { Effort } from '../../efforts/types.ts';
import type { EffortSymbol } from '../effortSymbols.ts';
import type { SpreadPoint } from '../spreadPoints.ts';
import { COLOURS, MAP_FONT, SIZES, type RGBA } from './style.ts';

export const EFFORT_LAYER_ID = 'effort-symbols';
export const EFFORT_CLUSTER_LAYER_ID = 'effort-clusters';

export interface EffortLayerInput {
  points: SpreadPoint<Effort>[];
  symbols: ReadonlyMap<string, EffortSymbol>;
  /** Efforts placed by area rather than by a point, counted per area. */
  badges: { position: [number, number]; count: number }[];
  selected: string | null;
  /** Per-area markers instead of the points and badges (zoomed out). */
  clusters: EffortCluster[] | null;
}


export function effortLayers(efforts: EffortLayerInput, scale: number): Layer[] {
  const symbolOf = (p: SpreadPoint<Effort>) => efforts.symbols.get(p.item.type);
  const isSelected = (p: SpreadPoint<Effort>) => p.item.id === efforts.selected;
  if (efforts.clusters) {
    return [
      new TextLayer({
        id: EFFORT_CLUSTER_LAYER_ID,
        data: efforts.clusters,
        getPosition: (d) => d.position,
        getText: (d) => String(d.count),
        getSize: SIZES.badge * scale,
        getColor: COLOURS.white,
        background: true,
        getBackgroundColor: COLOURS.effortCluster,
        getBorderColor: COLOURS.white,
        getBorderWidth: 1.5,
        backgroundPadding: [5 * scale, 2 * scale],
        backgroundBorderRadius: 8 * scale,
        fontWeight: 700,
        fontFamily: MAP_FONT,
        getPixelOffset: [0, 15 * scale],
        pickable: true,
      } as ConstructorParameters<typeof TextLayer<EffortCluster>>[0]),
    ];
  }
  return [
    new TextLayer({
      id: 'area-effort-badges',
      data: efforts.badges,
      getPosition: (d) => d.position,
      getText: (d) => String(d.count),
      getSize: SIZES.badge * scale,
      getColor: COLOURS.text,
      background: true,
      getBackgroundColor: COLOURS.badgeFill,
      getBorderColor: COLOURS.text,
      getBorderWidth: 1,
      backgroundPadding: [5 * scale, 2 * scale],
      fontWeight: 700,
      fontFamily: MAP_FONT,
      getPixelOffset: [0, 16 * scale],
      pickable: false,
    }),
    new ScatterplotLayer<SpreadPoint<Effort>>({
      id: EFFORT_LAYER_ID,
      data: efforts.points,
      getPosition: (p) => p.position,
      radiusUnits: 'pixels',
      getRadius: (p) => (isSelected(p) ? SIZES.selectedEffortRadius : SIZES.effortRadius) * scale,
      getFillColor: (p) => [...(symbolOf(p)?.colour ?? COLOURS.unknownEffort), 255] as RGBA,
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: (p) => (isSelected(p) ? 3 : 1.5),
      getLineColor: (p) => (isSelected(p) ? COLOURS.selected : COLOURS.white),
      pickable: true,
      updateTriggers: { getRadius: [efforts.selected, scale], getLineWidth: [efforts.selected], getLineColor: [efforts.selected] },
    }),
    new TextLayer<SpreadPoint<Effort>>({
      id: 'effort-symbol-text',
      data: efforts.points,
      getPosition: (p) => p.position,
      getText: (p) => symbolOf(p)?.abbreviation ?? '',
      getSize: SIZES.effortText * scale,
      getColor: (p) => [...(symbolOf(p)?.textColour ?? [255, 255, 255]), 255] as RGBA,
      fontWeight: 700,
      fontFamily: MAP_FONT,
      characterSet: 'auto',
      pickable: false,
    }),
  ];
}
