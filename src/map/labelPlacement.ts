/**
 * Area names against the proposal labels, on the CPU. deck.gl's collision
 * filter keeps names apart from each other, but it does not honour priorities
 * across two text layers (visgl/deck.gl#9479), and a proposal label has a
 * box and a bold face the names do not share. So the boxes are compared here,
 * in the map's own pixels at the current zoom, and a name under a proposal
 * label is left out: the label names the group, the area panel names the area.
 */
import type { LabelPoint } from './geometry.ts';

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Web Mercator "world" pixels at a zoom, with MapLibre's 512-pixel tiles. */
export function worldPixels([lon, lat]: readonly [number, number], zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

/** Average advance of a character, as a share of the font size (DejaVu/system sans). */
const CHAR_WIDTH = 0.6;

/** A name's box: centred on its point, with room for the halo. */
export function nameBox(label: LabelPoint, zoom: number, size: number): Box {
  const [x, y] = worldPixels(label.position, zoom);
  const halfWidth = (label.name.length * size * CHAR_WIDTH) / 2 + 2;
  const halfHeight = size * 0.65;
  return { left: x - halfWidth, right: x + halfWidth, top: y - halfHeight, bottom: y + halfHeight };
}

/** A proposal label's box: bold text on a background, standing on its point (baseline bottom, raised by `offset`). */
export function proposalBox(position: readonly [number, number], text: string, zoom: number, size: number, padding: readonly [number, number], offset: number): Box {
  const [x, y] = worldPixels(position, zoom);
  const halfWidth = (text.length * size * (CHAR_WIDTH + 0.05)) / 2 + padding[0];
  const bottom = y - offset + padding[1];
  return { left: x - halfWidth, right: x + halfWidth, top: bottom - size * 1.2 - 2 * padding[1], bottom };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The names whose box meets none of the given boxes. */
export function namesClearOf(labels: readonly LabelPoint[], blockers: readonly Box[], zoom: number, size: number): LabelPoint[] {
  if (blockers.length === 0) return [...labels];
  return labels.filter((label) => {
    const box = nameBox(label, zoom, size);
    return !blockers.some((b) => overlaps(box, b));
  });
}
