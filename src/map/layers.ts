import type { Layer, PickingInfo } from '@deck.gl/core';
import { CollisionFilterExtension, FillStyleExtension, PathStyleExtension } from '@deck.gl/extensions';
import { GeoJsonLayer, ScatterplotLayer, SolidPolygonLayer, TextLayer } from '@deck.gl/layers';
import type { Effort } from '../efforts/types.ts';
import type { EffortSymbol } from './effortSymbols.ts';
import type { SpreadPoint } from './spreadPoints.ts';
import type { AreaFeature } from '../data/geography.ts';
import type { LabelPoint } from './geometry.ts';
import { HATCH_MAPPING } from './hatchPattern.ts';
import { MISSING_COLOUR, MISSING_HATCH_COLOUR, NEED_COLOURS } from './palette.ts';

type RGBA = [number, number, number, number];

/** Everything the layers depend on: layers are a pure function of this. */
export interface LayerInput {
  areas: AreaFeature<{ code: string | number; name: string }>[];
  /** GeSO outlines, drawn on top at both levels. */
  gesoOutlines: AreaFeature<{ code: string | number }>[];
  proposed: AreaFeature<{ group: number }>[];
  proposedLabels: readonly { group: number; position: [number, number] }[];
  labels: readonly LabelPoint[];
  classByCode: ReadonlyMap<string, number | null>;
  /** Replaces the index colours, e.g. rank change between two weightings. */
  colourOverride: ReadonlyMap<string, readonly [number, number, number] | null> | null;
  /** Areas without an index; pass the same array while the set is unchanged
   * so deck.gl does not re-tessellate them on every weight change. */
  missingAreas: AreaFeature<{ code: string | number }>[];
  /** Areas whose rates rest on too few people; drawn with a dashed edge. */
  flaggedAreas: AreaFeature<{ code: string | number }>[];
  selected: string | null;
  showProposed: boolean;
  hatchAtlas: HTMLCanvasElement | null;
  proposedLabel: (group: number) => string;
  /** Scales text and lines, e.g. for a projector. */
  scale: number;
  /** Map zoom, so the hatch keeps a constant on-screen size. */
  zoom: number;
  onHover: (info: PickingInfo) => void;
  /** Ongoing efforts; omitted when hidden. */
  efforts: {
    points: SpreadPoint<Effort>[];
    symbols: ReadonlyMap<string, EffortSymbol>;
    /** Efforts placed by area rather than by a point, counted per area. */
    badges: { position: [number, number]; count: number }[];
    selected: string | null;
  } | null;
}

export const EFFORT_LAYER_ID = 'effort-symbols';
export const AREA_LAYER_ID = 'areas-fill';

const codeOf = (f: GeoJSON.Feature) => String(f.properties?.code);

// Extensions are created once: a new instance makes deck.gl rebuild the layer
// and recompile its shaders, which would turn a slider move into a stall.
const HATCH_FILL = [new FillStyleExtension({ pattern: true })];
const LABEL_COLLISION = [new CollisionFilterExtension()];
const DASHED = [new PathStyleExtension({ dash: true })];

export function fillColour(cls: number | null | undefined): RGBA {
  if (cls === null || cls === undefined) return [...MISSING_COLOUR, 255];
  return [...NEED_COLOURS[cls], 255];
}

export function buildLayers(input: LayerInput): Layer[] {
  const { classByCode, selected, scale } = input;
  const layers: Layer[] = [
    new GeoJsonLayer({
      id: AREA_LAYER_ID,
      data: input.areas as GeoJSON.Feature[],
      filled: true,
      stroked: true,
      getFillColor: (f) => {
        if (!input.colourOverride) return fillColour(classByCode.get(codeOf(f)));
        const colour = input.colourOverride.get(codeOf(f));
        return colour ? ([...colour, 255] as RGBA) : fillColour(null);
      },
      getLineColor: [255, 255, 255, 220],
      lineWidthUnits: 'pixels',
      getLineWidth: 1,
      pickable: true,
      autoHighlight: true,
      highlightColor: [255, 255, 255, 70],
      onHover: input.onHover,
      updateTriggers: { getFillColor: [classByCode, input.colourOverride] },
    }),
  ];

  if (input.hatchAtlas) {
    layers.push(
      // A primitive layer, not GeoJsonLayer: the composite does not pass the
      // extension's update trigger on to its sublayers, so the hatch would
      // keep the scale of the first zoom.
      new SolidPolygonLayer<AreaFeature<{ code: string | number }>>({
        id: 'areas-missing-hatch',
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

  layers.push(outlines('geso-outlines', input.gesoOutlines, [40, 40, 40, 200], 1.6 * scale));
  if (input.flaggedAreas.length > 0) {
    layers.push(
      outlines('small-area-flags', input.flaggedAreas, [20, 20, 20, 230], 1.6 * scale, {
        getDashArray: [4, 3],
        dashJustified: true,
        extensions: DASHED,
      }),
    );
  }

  layers.push(
    new TextLayer({
      id: 'area-labels',
      data: input.labels as LabelPoint[],
      getPosition: (d) => d.position,
      getText: (d) => d.name,
      getSize: 12 * scale,
      getColor: [20, 20, 20, 255],
      fontFamily: 'system-ui, "DejaVu Sans", sans-serif',
      characterSet: 'auto',
      fontSettings: { sdf: true },
      outlineWidth: 3,
      outlineColor: [255, 255, 255, 230],
      // Larger areas keep their labels when labels would overlap: a neutral
      // rule that does not single out areas by their index.
      extensions: LABEL_COLLISION,
      getCollisionPriority: (d: LabelPoint) => Math.min(998, d.areaKm2 * 100),
      collisionTestProps: { sizeScale: 3 },
      pickable: false,
    } as ConstructorParameters<typeof TextLayer<LabelPoint>>[0]),
  );
  if (input.showProposed) {
    layers.push(
      outlines('proposed-outlines', input.proposed, [196, 30, 120, 255], 3 * scale),
      new TextLayer({
        id: 'proposed-labels',
        data: input.proposedLabels as { group: number; position: [number, number] }[],
        getPosition: (d) => d.position,
        getText: (d) => input.proposedLabel(d.group),
        getSize: 13 * scale,
        getColor: [255, 255, 255, 255],
        background: true,
        getBackgroundColor: [196, 30, 120, 255],
        backgroundPadding: [4 * scale, 2 * scale],
        fontWeight: 700,
        fontFamily: 'system-ui, "DejaVu Sans", sans-serif',
        characterSet: 'auto',
        getPixelOffset: [0, -18 * scale],
        pickable: false,
        // The label text follows the language.
        updateTriggers: { getText: [input.proposedLabel] },
      }),
    );
  }

  const selectedFeature = selected === null ? null : input.areas.find((f) => codeOf(f) === selected);
  if (selectedFeature) {
    layers.push(
      outlines('selected-outline', [selectedFeature], [0, 0, 0, 255], 4 * scale),
    );
  }

  if (input.efforts) layers.push(...effortLayers(input.efforts, scale));
  return layers;
}

/** Area edges only: GeSO, proposed groups, the selection, small areas. */
function outlines(id: string, data: readonly AreaFeature<object>[], colour: RGBA, width: number, style: Record<string, unknown> = {}): Layer {
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

function effortLayers(efforts: NonNullable<LayerInput['efforts']>, scale: number): Layer[] {
  const symbolOf = (p: SpreadPoint<Effort>) => efforts.symbols.get(p.item.type);
  const font = 'system-ui, "DejaVu Sans", sans-serif';
  return [
    new TextLayer({
      id: 'area-effort-badges',
      data: efforts.badges,
      getPosition: (d) => d.position,
      getText: (d) => String(d.count),
      getSize: 12 * scale,
      getColor: [20, 20, 20, 255],
      background: true,
      getBackgroundColor: [255, 255, 255, 235],
      getBorderColor: [20, 20, 20, 255],
      getBorderWidth: 1,
      backgroundPadding: [5 * scale, 2 * scale],
      fontWeight: 700,
      fontFamily: font,
      getPixelOffset: [0, 16 * scale],
      pickable: false,
    }),
    new ScatterplotLayer<SpreadPoint<Effort>>({
      id: EFFORT_LAYER_ID,
      data: efforts.points,
      getPosition: (p) => p.position,
      radiusUnits: 'pixels',
      getRadius: (p) => (p.item.id === efforts.selected ? 13 : 10) * scale,
      getFillColor: (p) => [...(symbolOf(p)?.colour ?? [68, 68, 68]), 255] as RGBA,
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: (p) => (p.item.id === efforts.selected ? 3 : 1.5),
      getLineColor: (p) => (p.item.id === efforts.selected ? [0, 0, 0, 255] : [255, 255, 255, 255]),
      pickable: true,
      updateTriggers: { getRadius: [efforts.selected, scale], getLineWidth: [efforts.selected], getLineColor: [efforts.selected] },
    }),
    new TextLayer<SpreadPoint<Effort>>({
      id: 'effort-symbol-text',
      data: efforts.points,
      getPosition: (p) => p.position,
      getText: (p) => symbolOf(p)?.abbreviation ?? '',
      getSize: 10 * scale,
      getColor: (p) => [...(symbolOf(p)?.textColour ?? [255, 255, 255]), 255] as RGBA,
      fontWeight: 700,
      fontFamily: font,
      characterSet: 'auto',
      pickable: false,
    }),
  ];
}
