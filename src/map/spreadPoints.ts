/**
 * Overlapping point symbols stay readable: points closer than `minDistancePx`
 * on screen at the given zoom form a group, and a group's members are spread
 * on a small ring around its centre. Several efforts often share an address
 * (a family centre and a club in the same building), so clustering alone would
 * hide them at every zoom.
 */
export interface SpreadPoint<T> {
  item: T;
  /** Group centre, [lon, lat]. */
  centre: [number, number];
  /** Screen offset from the centre in pixels. */
  offset: [number, number];
  /** Where to draw the symbol at this zoom: the centre moved by the offset. */
  position: [number, number];
  groupSize: number;
}

const TILE = 512;

/** Web Mercator pixel position at a zoom level. */
export function toPixels([lon, lat]: [number, number], zoom: number): [number, number] {
  const scale = TILE * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * scale, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale];
}

export function fromPixels([x, y]: [number, number], zoom: number): [number, number] {
  const scale = TILE * 2 ** zoom;
  const lon = (x / scale) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / scale;
  return [lon, (180 / Math.PI) * Math.atan(Math.sinh(n))];
}

export function spreadPoints<T>(
  items: readonly T[],
  positionOf: (item: T) => [number, number],
  zoom: number,
  minDistancePx = 22,
  symbolSizePx = 20,
): SpreadPoint<T>[] {
  const groups: { members: T[]; px: [number, number][] }[] = [];
  for (const item of items) {
    const px = toPixels(positionOf(item), zoom);
    const group = groups.find((g) => g.px.some((p) => Math.hypot(p[0] - px[0], p[1] - px[1]) < minDistancePx));
    if (group) {
      group.members.push(item);
      group.px.push(px);
    } else groups.push({ members: [item], px: [px] });
  }
  return groups.flatMap((group) => {
    const n = group.members.length;
    const lon = group.members.reduce((s, m) => s + positionOf(m)[0], 0) / n;
    const lat = group.members.reduce((s, m) => s + positionOf(m)[1], 0) / n;
    // Ring big enough that neighbouring symbols do not touch.
    const radius = n === 1 ? 0 : Math.max(symbolSizePx * 0.8, (symbolSizePx * 1.1 * n) / (2 * Math.PI));
    const centrePx = toPixels([lon, lat], zoom);
    return group.members.map((item, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
      const offset: [number, number] = n === 1 ? [0, 0] : [radius * Math.cos(angle), radius * Math.sin(angle)];
      return {
        item,
        centre: [lon, lat] as [number, number],
        offset,
        position: fromPixels([centrePx[0] + offset[0], centrePx[1] + offset[1]], zoom),
        groupSize: n,
      };
    });
  });
}
