/**
 * All deck.gl layers, bottom to top, as a pure function of their input: fill,
 * efforts, labels with the selected area's name last. Each group lives in its own file.
 * The edges between fill and efforts are MapLibre's (outlineLayers.ts).
 */
import type { Layer } from '@deck.gl/core';
import { areaLayers, type AreaLayerInput } from './areaLayers.ts';
import { effortLayers, type EffortLayerInput } from './effortLayers.ts';
import { labelLayers, type LabelLayerInput } from './labelLayers.ts';

export interface LayerInput extends AreaLayerInput, Omit<LabelLayerInput, 'scale' | 'effortSymbolsAt'> {
  /** Scales text and lines, e.g. for a projector. */
  scale: number;
  /** Ongoing efforts; null when hidden. */
  efforts: EffortLayerInput | null;
}

export function buildLayers(input: LayerInput): Layer[] {
  // Names make room for the single symbols; a cluster marker already sits under its name.
  const effortSymbolsAt = input.efforts && !input.efforts.clusters ? input.efforts.points.map((p) => p.position) : [];
  const withSymbols = { ...input, effortSymbolsAt };
  return [
    ...areaLayers(input),
    // Efforts under the text: a marker may hide part of a name's halo, never
    // the name or a proposal's label.
    ...(input.efforts ? effortLayers(input.efforts, input.scale, input.zoom) : []),
    ...labelLayers(withSymbols),
  ];
}
