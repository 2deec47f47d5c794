/** Text on the map: area names, and the labels of the proposal groups. */
import type { Layer } from '@deck.gl/core';
import { CollisionFilterExtension } from '@deck.gl/extensions';
import { TextLayer } from '@deck.gl/layers';
import type { LabelPoint } from '../geometry.ts';
import { COLOURS, MAP_FONT, SIZES } from './style.ts';

const LABEL_COLLISION = [new CollisionFilterExtension()];

export interface LabelLayerInput {
  labels: readonly LabelPoint[];
  proposedLabels: readonly { group: number; position: [number, number] }[];
  showProposed: boolean;
  proposedLabel: (group: number) => string;
  scale: number;
}

export function labelLayers(input: LabelLayerInput): Layer[] {
  const { scale } = input;
  const layers: Layer[] = [
    new TextLayer({
      id: 'area-labels',
      data: input.labels as LabelPoint[],
      getPosition: (d) => d.position,
      getText: (d) => d.name,
      getSize: SIZES.label * scale,
      getColor: COLOURS.text,
      fontFamily: MAP_FONT,
      characterSet: 'auto',
      fontSettings: { sdf: true },
      outlineWidth: 3,
      outlineColor: COLOURS.halo,
      // Larger areas keep their labels when labels would overlap: a neutral
      // rule that does not single out areas by their index.
      extensions: LABEL_COLLISION,
      getCollisionPriority: (d: LabelPoint) => Math.min(998, d.areaKm2 * 100),
      collisionTestProps: { sizeScale: 3 },
      pickable: false,
    } as ConstructorParameters<typeof TextLayer<LabelPoint>>[0]),
  ];
  if (input.showProposed) {
    layers.push(
      new TextLayer({
        id: 'proposed-labels',
        data: input.proposedLabels as { group: number; position: [number, number] }[],
        getPosition: (d) => d.position,
        getText: (d) => input.proposedLabel(d.group),
        getSize: SIZES.proposalLabel * scale,
        getColor: COLOURS.white,
        background: true,
        getBackgroundColor: COLOURS.proposal,
        backgroundPadding: [4 * scale, 2 * scale],
        fontWeight: 700,
        fontFamily: MAP_FONT,
        characterSet: 'auto',
        getPixelOffset: [0, -18 * scale],
        pickable: false,
        // The label text follows the language.
        updateTriggers: { getText: [input.proposedLabel] },
      }),
    );
  }
  return layers;
}
