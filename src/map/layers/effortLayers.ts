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
import { badgeBox, shiftClearOf, symbolBox } from '../labelPlacement.ts';
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

const BADGE_OFFSET = 16;
const BADGE_PADDING = [5, 2] as const;

/** The by-area counts, each moved down below any symbol it would lie under. */
function badgesClearOfSymbols(efforts: EffortLayerInput, zoom: number, scale: number) {
  const symbols = efforts.points.map((p) => symbolBox(p.position, zoom, SIZES.selectedEffortRadius * scale));
  const padding = [BADGE_PADDING[0] * scale, BADGE_PADDING[1] * scale] as const;
  return efforts.badges.map((b) => ({ ...b, drop: shiftClearOf(badgeBox(b.position, String(b.count), zoom, SIZES.badge * scale, padding, BADGE_OFFSET * scale), symbols, 1) }));
}

export function effortLayers(efforts: EffortLayerInput, scale: number, zoom: number): Layer[] {
  const symbolOf = (p: SpreadPoint<Effort>) => efforts.symbols.get(p.item.type);
  const isSelected = (p: SpreadPoint<Effort>) => p.item.id === efforts.selected;
  if (efforts.clusters) {
    return [countLayer(EFFORT_CLUSTER_LAYER_ID, efforts.clusters, { text: COLOURS.white, fill: COLOURS.effortCluster, border: 1.5, radius: 8, offset: 15, pickable: true }, scale)];
  }
  return [
    countLayer('area-effort-badges', badgesClearOfSymbols(efforts, zoom, scale), { text: COLOURS.text, fill: COLOURS.badgeFill, border: 1, radius: 0, offset: BADGE_OFFSET, pickable: false }, scale),
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

/** A count in a box under an area's name: the per-area marker of its
 * efforts (zoomed out) or the count of those placed by area only. */
function countLayer<T extends { position: [number, number]; count: number; drop?: number }>(
  id: string,
  data: T[],
  look: { text: RGBA; fill: RGBA; border: number; radius: number; offset: number; pickable: boolean },
  scale: number,
): Layer {
  return new TextLayer({
    id,
    data,
    getPosition: (d) => d.position,
    getText: (d) => String(d.count),
    getSize: SIZES.badge * scale,
    getColor: look.text,
    background: true,
    getBackgroundColor: look.fill,
    getBorderColor: look.text,
    getBorderWidth: look.border,
    backgroundPadding: [BADGE_PADDING[0] * scale, BADGE_PADDING[1] * scale],
    backgroundBorderRadius: look.radius * scale,
    fontWeight: 700,
    fontFamily: MAP_FONT,
    getPixelOffset: (d: T) => [0, look.offset * scale + (d.drop ?? 0)],
    pickable: look.pickable,
  } as ConstructorParameters<typeof TextLayer<T>>[0]);
}
