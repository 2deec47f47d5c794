/**
 * Area names against each other and the other things on the map, on the
 * CPU, in the map's own pixels at the current zoom:
 * - a name on effort symbols is lifted above them, and a count badge under
 *   them is moved below them, so all stay readable (the symbols keep their
 *   true place; a name or a count only needs to be near);
 * - a name still under a proposal label is left out: the label names the
 *   group, the area panel names the area;
 * - where two names would overlap, the one with the higher priority (the
 *   higher need class) is kept, and no name covers the selected area's.
 * Not deck.gl's collision filter: it does not honour priorities across
 * layers (visgl/deck.gl#9479), it renders nothing when the map's edges sit
 * between deck.gl's layers (its pass is drawn with the fill's layer group),
 * and it costs a GPU pass on every weight step, which software WebGL feels.
 */
import type { LabelPoint } from './geometry.ts';
import { toPixels } from './spreadPoints.ts';

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A name where it is drawn: `lift` pixels above its point. */
export interface PlacedName {
  label: LabelPoint;
  lift: number;
}

/** Average advance of a character, as a share of the font size (DejaVu/system sans). */
const CHAR_WIDTH = 0.6;
/** Room left between a lifted name and the symbols under it. */
const GAP = 2;
/** A box is moved at most this many times past obstacles stacked in its way. */
const MAX_SHIFTS = 4;

/** A name's box: centred on its point (raised by `lift`), with room for the halo. */
export function nameBox(label: LabelPoint, zoom: number, size: number, lift = 0, charWidth = CHAR_WIDTH): Box {
  const [x, y] = toPixels(label.position, zoom);
  const halfWidth = (label.name.length * size * charWidth) / 2 + 2;
  const halfHeight = size * 0.65;
  return { left: x - halfWidth, right: x + halfWidth, top: y - lift - halfHeight, bottom: y - lift + halfHeight };
}

/** A proposal label's box: bold text on a background, standing on its point (baseline bottom, raised by `offset`). */
export function proposalBox(position: readonly [number, number], text: string, zoom: number, size: number, padding: readonly [number, number], offset: number): Box {
  const [x, y] = toPixels(position as [number, number], zoom);
  const halfWidth = (text.length * size * (CHAR_WIDTH + 0.05)) / 2 + padding[0];
  const bottom = y - offset + padding[1];
  return { left: x - halfWidth, right: x + halfWidth, top: bottom - size * 1.2 - 2 * padding[1], bottom };
}

/** An effort symbol's box: a disc of `radius` pixels with its border. */
export function symbolBox(position: readonly [number, number], zoom: number, radius: number): Box {
  const [x, y] = toPixels(position as [number, number], zoom);
  return { left: x - radius, right: x + radius, top: y - radius, bottom: y + radius };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** How far to move a box up (-1) or down (+1) so that it meets none of the obstacles. */
export function shiftClearOf(box: Box, obstacles: readonly Box[], direction: -1 | 1): number {
  let shift = 0;
  for (let i = 0; i < MAX_SHIFTS; i++) {
    const moved = { ...box, top: box.top + shift, bottom: box.bottom + shift };
    const hit = obstacles.filter((o) => overlaps(moved, o));
    if (hit.length === 0) return shift;
    shift += direction < 0 ? -(moved.bottom - Math.min(...hit.map((o) => o.top)) + GAP) : Math.max(...hit.map((o) => o.bottom)) - moved.top + GAP;
  }
  return shift;
}

/** How far to lift a name so that it clears the symbols under it. */
export function liftClearOf(label: LabelPoint, symbols: readonly Box[], zoom: number, size: number, charWidth = CHAR_WIDTH): number {
  const shift = shiftClearOf(nameBox(label, zoom, size, 0, charWidth), symbols, -1);
  return shift === 0 ? 0 : -shift;
}

/** A count badge's box: digits on a padded background, `offset` pixels below its point. */
export function badgeBox(position: readonly [number, number], text: string, zoom: number, size: number, padding: readonly [number, number], offset: number): Box {
  const [x, y] = toPixels(position as [number, number], zoom);
  const halfWidth = (text.length * size * CHAR_WIDTH) / 2 + padding[0];
  const halfHeight = size * 0.6 + padding[1];
  return { left: x - halfWidth, right: x + halfWidth, top: y + offset - halfHeight, bottom: y + offset + halfHeight };
}

export interface Obstacles {
  /** Proposal labels: a name under one is left out. */
  proposals: readonly Box[];
  /** Effort symbols: a name on them is lifted above them. */
  symbols: readonly Box[];
}

/** The names to draw and how far each is lifted. */
export function placeNames(labels: readonly LabelPoint[], obstacles: Obstacles, zoom: number, size: number): PlacedName[] {
  return labels.flatMap((label) => {
    const lift = liftClearOf(label, obstacles.symbols, zoom, size);
    const box = nameBox(label, zoom, size, lift);
    return obstacles.proposals.some((p) => overlaps(box, p)) ? [] : [{ label, lift }];
  });
}

/** Room kept between two names, in pixels. */
const NAME_GAP = 3;

/**
 * The codes of the names that keep their place where names would overlap:
 * the higher priority first, each kept box taken, and nothing on a reserved
 * box (the selected area's name).
 */
export function declutterNames(names: readonly PlacedName[], priority: (label: LabelPoint) => number, zoom: number, size: number, reserved: readonly Box[] = []): Set<string> {
  const ranked = names
    .map((name) => ({ code: name.label.code, priority: priority(name.label), box: nameBox(name.label, zoom, size, name.lift) }))
    .sort((a, b) => b.priority - a.priority);
  const grown = (b: Box) => ({ left: b.left - NAME_GAP, right: b.right + NAME_GAP, top: b.top - NAME_GAP, bottom: b.bottom + NAME_GAP });
  const taken = reserved.map(grown);
  const shown = new Set<string>();
  for (const { code, box } of ranked) {
    if (taken.some((t) => overlaps(t, box))) continue;
    taken.push(grown(box));
    shown.add(code);
  }
  return shown;
}
