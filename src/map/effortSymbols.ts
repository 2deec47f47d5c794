/**
 * Effort symbols: a coloured disc per type with a short abbreviation, drawn
 * by deck.gl (no icon files to fetch). Colours come from Paul Tol's
 * colour-blind-safe qualitative schemes and avoid the need palette's blues
 * and yellows so symbols stand out on the choropleth.
 */
const PALETTE: [number, number, number][] = [
  [204, 51, 17], // red
  [238, 119, 51], // orange
  [136, 34, 85], // wine
  [51, 117, 56], // green
  [170, 68, 153], // purple
  [153, 153, 51], // olive
  [102, 17, 0], // brown
  [0, 119, 187], // blue
  [221, 51, 119], // magenta
  [17, 119, 51], // dark green
  [68, 68, 68], // grey
  [119, 51, 17], // rust
  [255, 170, 187], // pink
  [153, 68, 85], // plum
];

export interface EffortSymbol {
  colour: [number, number, number];
  /** Black or white, whichever reads better on the colour. */
  textColour: [number, number, number];
  abbreviation: string;
}

/** WCAG relative luminance, to pick the readable text colour. */
function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Symbols for the types present, in a stable order so colours do not jump.
 * Abbreviations are data (data/efforts.json); an unlisted type shows its
 * first two letters. */
export function effortSymbols(types: readonly string[], abbreviations: Readonly<Record<string, string>> = {}): Map<string, EffortSymbol> {
  const sorted = [...types].sort(new Intl.Collator('sv').compare);
  return new Map(
    sorted.map((type, i) => [
      type,
      {
        colour: PALETTE[i % PALETTE.length],
        // Contrast with white is (1.05)/(L+0.05), with black (L+0.05)/0.05.
        textColour: luminance(PALETTE[i % PALETTE.length]) > 0.18 ? [0, 0, 0] : [255, 255, 255],
        abbreviation: abbreviations[type] ?? type.slice(0, 2),
      },
    ]),
  );
}
