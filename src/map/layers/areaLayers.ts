/**
 * The areas themselves: one layer, class colour fill with a hatch where the
 * index is missing. Their edges are MapLibre's (outlineLayers.ts), drawn over it.
 *
 * One layer rather than a fill and a hatch over it: with software WebGL each
 * shader program costs compile time in the first frame, and two layers meant
 * two programs and a pattern image (measured: the map is ready 0.2-0.3 s
 * sooner this way, README "Prestanda"). Unlike the old hatch layer, every part
 * of a multi-part area is hatched.
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { FillStyleExtension } from '@deck.gl/extensions';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { AreaFeature } from '../../data/geography.ts';
import { BELOW_OUTLINES } from '../layerOrder.ts';
import { MISSING_COLOUR, MISSING_HATCH_COLOUR, NEED_COLOURS } from '../palette.ts';
import { COLOURS, type RGBA } from './style.ts';

export const AREA_LAYER_ID = 'areas-fill';

// Created once: a new instance makes deck.gl rebuild the layer and recompile
// its shaders, which would turn a slider move into a stall.
const HATCH_FILL = [new FillStyleExtension({ proceduralPattern: true })];

/**
 * The hatch for "Uppgift saknas", drawn by the shader in screen pixels, so it
 * keeps its size at every zoom and needs no image: thin diagonal lines
 * 7.5 px apart, rising to the right as in the legend.
 */
export const HATCH_PATTERN = { hatch: { type: 'hatch', strokeWidth: 1.5, gap: 6, angle: -45 } } as const;
/** An area with an index gets no pattern: the shader then keeps its colour whole. */
const NO_PATTERN = 'none';
const NO_BACKGROUND: RGBA = [0, 0, 0, 0];

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
  onHover: (info: PickingInfo) => void;
}

export function areaLayers(input: AreaLayerInput): Layer[] {
  const { classByCode, colourOverride } = input;
  const missing = new Set(input.missingAreas.map(codeOf));
  return [
    new GeoJsonLayer({
      id: AREA_LAYER_ID,
      data: input.areas as GeoJSON.Feature[],
      beforeId: BELOW_OUTLINES,
      filled: true,
      stroked: false,
      // A missing area: the hatch's lines in the fill colour over its grey.
      getFillColor: (f: GeoJSON.Feature) => {
        if (missing.has(codeOf(f))) return [...MISSING_HATCH_COLOUR, 255];
        if (!colourOverride) return fillColour(classByCode.get(codeOf(f)));
        const colour = colourOverride.get(codeOf(f));
        return colour ? ([...colour, 255] as RGBA) : fillColour(null);
      },
      fillPatternMapping: HATCH_PATTERN,
      fillPatternSizeUnits: 'pixels',
      fillPatternMask: true,
      getFillPattern: (f: GeoJSON.Feature) => (missing.has(codeOf(f)) ? 'hatch' : NO_PATTERN),
      getFillPatternBackgroundColor: (f: GeoJSON.Feature) => (missing.has(codeOf(f)) ? [...MISSING_COLOUR, 255] : NO_BACKGROUND),
      extensions: HATCH_FILL,
      pickable: true,
      autoHighlight: true,
      highlightColor: COLOURS.hoverHighlight,
      onHover: input.onHover,
      // Only the colour attributes are recomputed when the classes change, and
      // the pattern's only when the set of missing areas does.
      updateTriggers: {
        getFillColor: [classByCode, colourOverride, input.missingAreas],
        getFillPattern: [input.missingAreas],
        getFillPatternBackgroundColor: [input.missingAreas],
      },
    } as ConstructorParameters<typeof GeoJsonLayer>[0]),
  ];
}
