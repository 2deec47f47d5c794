/**
 * Edges drawn over the fill: every area's edge, GeSO, small areas, the
 * steering group's choice, the proposal, the selection. These are MapLibre's
 * own line layers, not deck.gl's: with software WebGL (a virtual desktop, an
 * old laptop) MapLibre draws the same lines in about a third of deck.gl's GPU
 * time (issue 13), and an edge needs no picking. The fill under them, the
 * hatch, the effort symbols and the names stay deck.gl layers.
 *
 * A pure description; syncOutlines.ts hands it to a map.
 */
import type { LineLayerSpecification } from 'maplibre-gl';
import type { AreaFeature } from '../../data/geography.ts';
import { rgbCss } from '../palette.ts';
import { COLOURS, SIZES, type RGBA } from './style.ts';

/** Bottom to top. Each edge has a GeoJSON source and a line layer of the same id. */
export const OUTLINE_IDS = ['area-edges', 'geso-outlines', 'small-area-flags', 'chosen-outlines', 'proposed-outlines', 'selected-outline'] as const;
export type OutlineId = (typeof OUTLINE_IDS)[number];

export interface OutlineLayerInput {
  /** The areas of the level shown, each with a thin light edge. */
  areas: readonly AreaFeature<object>[];
  gesoOutlines: readonly AreaFeature<object>[];
  /** Areas whose rates rest on too few people; drawn with a dashed edge. */
  flaggedAreas: readonly AreaFeature<object>[];
  proposed: readonly AreaFeature<object>[];
  showProposed: boolean;
  /** The steering group's selection: a wide dark edge under the proposal's. */
  chosenAreas: readonly AreaFeature<object>[];
  /** The selected area, or none. */
  selectedAreas: readonly AreaFeature<object>[];
  scale: number;
}

export interface OutlineStyle {
  /** The features of each edge; the same array while they are unchanged, so a map is handed only what changed. */
  data: Record<OutlineId, readonly AreaFeature<object>[]>;
  layers: LineLayerSpecification[];
}

const NONE: readonly AreaFeature<object>[] = [];

const line = (id: OutlineId, colour: RGBA, width: number, dash?: [number, number]): LineLayerSpecification => ({
  id,
  type: 'line',
  source: id,
  // Round joins: a thick edge (the choice) keeps its corners instead of spikes.
  layout: { 'line-join': 'round' },
  paint: { 'line-color': rgbCss(colour), 'line-width': width, ...(dash ? { 'line-dasharray': dash } : {}) },
});

export function outlineStyle(input: OutlineLayerInput): OutlineStyle {
  const { scale } = input;
  return {
    data: {
      'area-edges': input.areas,
      'geso-outlines': input.gesoOutlines,
      'small-area-flags': input.flaggedAreas,
      // Under the proposal's magenta: an area both proposed and chosen shows both.
      'chosen-outlines': input.chosenAreas,
      'proposed-outlines': input.showProposed ? input.proposed : NONE,
      'selected-outline': input.selectedAreas,
    },
    layers: [
      line('area-edges', COLOURS.areaEdge, 1),
      line('geso-outlines', COLOURS.gesoEdge, SIZES.gesoEdge * scale),
      // Dash and gap in line widths, as deck.gl's were.
      line('small-area-flags', COLOURS.smallAreaEdge, SIZES.gesoEdge * scale, [4, 3]),
      line('chosen-outlines', COLOURS.chosen, SIZES.chosenEdge * scale),
      line('proposed-outlines', COLOURS.proposal, SIZES.proposalEdge * scale),
      line('selected-outline', COLOURS.selected, SIZES.selectedEdge * scale),
    ],
  };
}
