/**
 * Text on the map, by priority: the selected area's name (drawn last, above
 * everything, see selectedLabelLayer), the proposal groups' labels (on
 * their group's northern edge), and the area names, which give way to each
 * other with the higher need class kept. A name on effort symbols is lifted
 * above them and a name under a proposal label is left out (labelPlacement.ts).
 */
import type { Layer } from '@deck.gl/core';
import { TextLayer } from '@deck.gl/layers';
import type { LabelPoint } from '../geometry.ts';
import { declutterNames, liftClearOf, nameBox, placeNames, proposalBox, symbolBox, type PlacedName } from '../labelPlacement.ts';
import { COLOURS, MAP_FONT, SIZES } from './style.ts';

/** The bold selected name's average character advance, as a share of its size. */
const SELECTED_CHAR_WIDTH = 0.68;

/** Priorities of the names where they would overlap. */
export const PRIORITY = {
  /** Per class step of an area name, above a small tie-break by size. */
  nameClassStep: 150,
} as const;

/** A thick light halo in the glyph atlas, so a name reads on every class colour. */
const HALO = {
  fontSettings: { sdf: true, fontSize: 64, buffer: 10, radius: 14 },
  outlineWidth: 7,
  outlineColor: COLOURS.halo,
};

export interface LabelLayerInput {
  labels: readonly LabelPoint[];
  proposedLabels: readonly { group: number; position: [number, number] }[];
  showProposed: boolean;
  proposedLabel: (group: number) => string;
  /** The need class per area (0 lowest): higher classes keep their names. */
  classByCode: ReadonlyMap<string, number | null>;
  /** The selected area's name, drawn above all and never hidden. */
  selectedLabel: LabelPoint | null;
  scale: number;
  /** The map's zoom, to keep names clear of proposal labels and effort symbols. */
  zoom: number;
  /** Where effort symbols are drawn (none when they are hidden or clustered). */
  effortSymbolsAt: readonly (readonly [number, number])[];
  /** The map's own placer (createNamePlacer), which keeps its last placement. */
  namePlacer: NamePlacer;
}

export function namePriority(label: LabelPoint, needClass: number | null | undefined): number {
  return (needClass ?? 0) * PRIORITY.nameClassStep + Math.min(140, label.areaKm2 * 20);
}

/** The effort symbols' boxes: the disc with its border, a selected one being larger. */
const symbolBoxes = ({ effortSymbolsAt, zoom, scale }: Pick<LabelLayerInput, 'effortSymbolsAt' | 'zoom' | 'scale'>) =>
  effortSymbolsAt.map((p) => symbolBox(p, zoom, SIZES.selectedEffortRadius * scale));

/** The proposal label's look, shared by its layer and its box. */
const proposalLook = (scale: number) => ({ size: SIZES.proposalLabel * scale, padding: [4 * scale, 2 * scale] as [number, number], offset: 3 * scale });

/** Where the names go, from the inputs that decide it (see createNamePlacer). */
export type NamePlacer = (input: LabelLayerInput, blockers: ReturnType<typeof proposalBox>[]) => PlacedName[];

/**
 * A placer that remembers its last placement: the same array comes back
 * while the names, proposal labels, symbols, zoom and size are the same. A
 * weight step changes none of them, and a new array would make deck.gl lay
 * out every name's glyphs again. One placer per map, made by the map's
 * component, so two maps never evict each other's placement.
 */
export function createNamePlacer(): NamePlacer {
  let last: { labels: LabelLayerInput['labels']; key: string; names: PlacedName[] } | null = null;
  return (input, blockers) => {
    const symbols = symbolBoxes(input);
    const size = SIZES.label * input.scale;
    const key = JSON.stringify([input.selectedLabel?.code ?? null, blockers, symbols, input.zoom, size]);
    if (last?.labels === input.labels && last.key === key) return last.names;
    const { selectedLabel } = input;
    const others = selectedLabel ? input.labels.filter((l) => l.code !== selectedLabel.code) : input.labels;
    const names = placeNames(others, { proposals: blockers, symbols }, input.zoom, size);
    last = { labels: input.labels, key, names };
    return names;
  };
}

export function labelLayers(input: LabelLayerInput): Layer[] {
  const { scale } = input;
  const look = proposalLook(scale);
  const blockers = input.showProposed
    ? input.proposedLabels.map((p) => proposalBox(p.position, input.proposedLabel(p.group), input.zoom, look.size, look.padding, look.offset))
    : [];
  const names = input.namePlacer(input, blockers);
  const size = SIZES.label * scale;
  const { selectedLabel } = input;
  const selectedLift = liftOfSelected(input);
  const reserved = selectedLabel ? [nameBox(selectedLabel, input.zoom, SIZES.selectedLabel * scale, selectedLift, SELECTED_CHAR_WIDTH)] : [];
  const shown = declutterNames(names, (label) => namePriority(label, input.classByCode.get(label.code)), input.zoom, size, reserved);
  // A name given way is drawn at size 0 rather than left out of the data:
  // only the size attribute is then rebuilt when a weight step changes which
  // names win, not every name's glyph layout.
  const shownKey = [...shown].sort().join(',');
  const layers: Layer[] = [
    new TextLayer({
      id: 'area-labels',
      data: names,
      getPosition: (d) => d.label.position,
      getText: (d) => d.label.name,
      getPixelOffset: (d) => [0, -d.lift],
      getSize: (d) => (shown.has(d.label.code) ? size : 0),
      getColor: COLOURS.text,
      fontFamily: MAP_FONT,
      characterSet: 'auto',
      ...HALO,
      updateTriggers: { getSize: [shownKey, size] },
      pickable: false,
    } as ConstructorParameters<typeof TextLayer<PlacedName>>[0]),
  ];
  if (input.showProposed) {
    layers.push(
      new TextLayer({
        id: 'proposed-labels',
        data: input.proposedLabels as { group: number; position: [number, number] }[],
        getPosition: (d) => d.position,
        getText: (d) => input.proposedLabel(d.group),
        getSize: look.size,
        getColor: COLOURS.white,
        background: true,
        getBackgroundColor: COLOURS.proposal,
        backgroundPadding: look.padding,
        fontWeight: 700,
        fontFamily: MAP_FONT,
        characterSet: 'auto',
        // On the group's northern edge, above it.
        getAlignmentBaseline: 'bottom',
        getPixelOffset: [0, -look.offset],
        pickable: false,
        // The label text follows the language.
        updateTriggers: { getText: [input.proposedLabel] },
      } as ConstructorParameters<typeof TextLayer<{ group: number; position: [number, number] }>>[0]),
    );
  }
  // Last, so above every other layer; its box was reserved above with the same lift.
  if (selectedLabel) layers.push(selectedLabelLayer(selectedLabel, scale, selectedLift));
  return layers;
}

/** How far the selected area's name is lifted clear of the effort symbols. */
function liftOfSelected(input: Pick<LabelLayerInput, 'selectedLabel' | 'scale' | 'zoom' | 'effortSymbolsAt'>): number {
  // Bold, so wider per character than the other names.
  return input.selectedLabel ? liftClearOf(input.selectedLabel, symbolBoxes(input), input.zoom, SIZES.selectedLabel * input.scale, SELECTED_CHAR_WIDTH) : 0;
}

/** The selected area's name: above every other layer, never hidden. */
function selectedLabelLayer(selectedLabel: LabelPoint, scale: number, lift: number): Layer {
  return new TextLayer({
    id: 'selected-label',
    data: [selectedLabel],
    getPosition: (d) => d.position,
    getText: (d) => d.name,
    getPixelOffset: [0, -lift],
    getSize: SIZES.selectedLabel * scale,
    getColor: COLOURS.text,
    fontWeight: 700,
    fontFamily: MAP_FONT,
    characterSet: 'auto',
    ...HALO,
    outlineColor: COLOURS.white,
    pickable: false,
  } as ConstructorParameters<typeof TextLayer<LabelPoint>>[0]);
}
