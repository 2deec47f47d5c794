/**
 * Where deck.gl's layers and MapLibre's own interleave, bottom to top: the
 * background, deck.gl's areas (fill and hatch), MapLibre's edges, deck.gl's symbols
 * and names. Two hidden layers of the base style mark the seams, so the order
 * holds whichever of the two libraries adds its layers first.
 */
import type { LayerSpecification } from 'maplibre-gl';

/** deck.gl's areas, fill and hatch, are drawn just before this (their `beforeId`). */
export const BELOW_OUTLINES = 'kraftsamla-below-outlines';
/** MapLibre's edges are added just before this; deck.gl's symbols and names come after it. */
export const ABOVE_OUTLINES = 'kraftsamla-above-outlines';

const marker = (id: string): LayerSpecification => ({ id, type: 'background', layout: { visibility: 'none' } });

export const SEAM_LAYERS: LayerSpecification[] = [marker(BELOW_OUTLINES), marker(ABOVE_OUTLINES)];
