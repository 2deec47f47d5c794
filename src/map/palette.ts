/**
 * ColorBrewer YlGnBu, 5 classes: sequential, safe for the common forms of
 * colour blindness and printable in greyscale. Blue for high need reads as
 * "more", not as "danger" the way red would.
 */
export const NEED_COLOURS: readonly [number, number, number][] = [
  [255, 255, 204],
  [161, 218, 180],
  [65, 182, 196],
  [44, 127, 184],
  [37, 52, 148],
];

/** Neutral grey for "Uppgift saknas"; drawn with a hatch on the map. */
export const MISSING_COLOUR: [number, number, number] = [214, 214, 214];
export const MISSING_HATCH_COLOUR: [number, number, number] = [150, 150, 150];

/** A colour as CSS; a fourth number (0–255) is its opacity. */
export function rgbCss([r, g, b, a]: readonly number[]): string {
  return a === undefined ? `rgb(${r} ${g} ${b})` : `rgb(${r} ${g} ${b} / ${+(a / 255).toFixed(3)})`;
}
