/** Edges drawn over the fill: GeSO, small areas, the proposal, the selection. */
import type { Layer } from '@deck.gl/core';
import { PathStyleExtension } from '@deck.gl/extensions';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { AreaFeature } from '../../data/geography.ts';
import { COLOURS, SIZES, type RGBA } from './style.ts';

const DASHED = [new PathStyleExtension({ dash: true })];

export interface OutlineLayerInput {
  gesoOutlines: AreaFeature<object>[];
  /** Areas whose rates rest on too few people; drawn with a dashed edge. */
  flaggedAreas: AreaFeature<object>[];
  proposed: AreaFeature<object>[];
  showProposed: boolean;
  /** The steering group's selection: a wide dark edge under the proposal's. */
  chosenAreas: AreaFeature<object>[];
  selectedFeature: AreaFeature<object> | null;
  scale: number;
}

/** Area edges only. */
export function outline(id: string, data: readonly AreaFeature<object>[], colour: RGBA, width: number, style: Record<string, unknown> = {}): Layer {
  return new GeoJsonLayer({
    id,
    data: data as GeoJSON.Feature[],
    filled: false,
    stroked: true,
    getLineColor: colour,
    lineWidthUnits: 'pixels',
    getLineWidth: width,
    pickable: false,
    ...style,
  } as ConstructorParameters<typeof GeoJsonLayer>[0]);
}

export function outlineLayers(input: OutlineLayerInput): Layer[] {
  const { scale } = input;
  const layers = [outline('geso-outlines', input.gesoOutlines, COLOURS.gesoEdge, SIZES.gesoEdge * scale)];
  if (input.flaggedAreas.length > 0) {
    layers.push(
      outline('small-area-flags', input.flaggedAreas, COLOURS.smallAreaEdge, SIZES.gesoEdge * scale, {
        getDashArray: [4, 3],
        dashJustified: true,
        extensions: DASHED,
      }),
    );
  }
  // Under the proposal's magenta: an area both proposed and chosen shows both.
  if (input.chosenAreas.length > 0) layers.push(outline('chosen-outlines', input.chosenAreas, COLOURS.chosen, SIZES.chosenEdge * scale));
  if (input.showProposed) layers.push(outline('proposed-outlines', input.proposed, COLOURS.proposal, SIZES.proposalEdge * scale));
  if (input.selectedFeature) layers.push(outline('selected-outline', [input.selectedFeature], COLOURS.selected, SIZES.selectedEdge * scale));
  return layers;
}
