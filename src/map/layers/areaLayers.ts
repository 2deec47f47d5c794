/**
 * The areas themselves: class colour fill, and a hatch where the index is
 * missing. Their edges are MapLibre's (outlineLayers.ts), drawn over these.
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { FillStyleExtension } from '@deck.gl/extensions';
import { GeoJsonLayer, SolidPolygonLayer } from '@deck.gl/layers';
import type { AreaFeature } from '../../data/geography.ts';
import { HATCH_MAPPING } from '../hatchPattern.ts';
import { BELOW_OUTLINES } from '../layerOrder.ts';
import { MISSING_COLOUR, MISSING_HATCH_COLOUR, NEED_COLOURS } from '../palette.ts';
import { COLOURS, type RGBA } from './style.ts';

export const AREA_LAYER_ID = 'areas-fill';

// Extensions are created once: a new instance makes deck.gl rebuild the layer
// and recompile its shaders, which would turn a slider move into a stall.
const HATCH_FILL = [new FillStyleExtension({ pattern: true })];

const codeOf = (f: GeoJSON.Feature) => String(f.properties?.code);

export function fillColour(cls: number | null | undefined): RGBA {
  if (cls === null || cls === undefined) return [...MISSING_COLOUR, 255];
  return [...NEED_COLOURS[cls], 255];
}

export interface AreaLayerInput {
  areas: AreaFeature<{ code: string | number }>[];
  classByCode: ReadonlyMap<string, number | null>;
  /** Replaces the index colours, e.g. rank change between two weightings. */
  colourOverride: ReadonlyMap<string, readonly [number, number, number] | null> | null;
  /** Areas without an index; the same array while the set is unchanged. */
  missingAreas: AreaFeature<{ code: string | number }>[];
  hatchAtlas: HTMLCanvasElement | null;
  /** Map zoom, so the hatch keeps a constant on-screen size. */
  zoom: number;
  onHover: (info: PickingInfo) => void;
}

export function areaLayers(input: AreaLayerInput): Layer[] {
  const { classByCode, colourOverride } = input;
  const layers: Layer[] = [
    new GeoJsonLayer({
      id: AREA_LAYER_ID,
      data: input.areas as GeoJSON.Feature[],
      beforeId: BELOW_OUTLINES,
      filled: true,
      stroked: false,
      getFillColor: (f) => {
        if (!colourOverride) return fillColour(classByCode.get(codeOf(f)));
        const colour = colourOverride.get(codeOf(f));
        return colour ? ([...colour, 255] as RGBA) : fillColour(null);
      },
      pickable: true,
      autoHighlight: true,
      highlightColor: COLOURS.hoverHighlight,
      onHover: input.onHover,
      // Only the colour attribute is recomputed when the classes change.
      updateTriggers: { getFillColor: [classByCode, colourOverride] },
    }),
  ];
  if (input.hatchAtlas) {
    layers.push(
      // A primitive layer, not GeoJsonLayer: the composite does not pass the
      // extension's update trigger on to its sublayers, so the hatch would
      // keep the scale of the first zoom.
      new SolidPolygonLayer<AreaFeature<{ code: string | number }>>({
        id: 'areas-missing-hatch',
        beforeId: BELOW_OUTLINES,
        data: input.missingAreas,
        getPolygon: (f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates[0]) as [number, number][][],
        filled: true,
        getFillColor: [...MISSING_HATCH_COLOUR, 255],
        fillPatternAtlas: input.hatchAtlas,
        fillPatternMapping: HATCH_MAPPING,
        fillPatternMask: true,
        getFillPattern: () => 'hatch',
        // deck.gl ties patterns to the ground; rescale so a tile stays ~10 px.
        getFillPatternScale: () => 25 * 2 ** (11.3 - input.zoom),
        updateTriggers: { getFillPatternScale: [input.zoom] },
        extensions: HATCH_FILL,
        pickable: false,
      } as ConstructorParameters<typeof SolidPolygonLayer<AreaFeature<{ code: string | number }>>>[0]),
    );
  }
  return layers;
}
