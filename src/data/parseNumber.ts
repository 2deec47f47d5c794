/**
 * A cell as Swedish tables write numbers: decimal comma or point, a space,
 * non-breaking space or narrow no-break space between thousands groups
 * (`10 990`, never `12 5`), a Unicode minus, and `..` or an empty cell for a
 * suppressed value (as in official Swedish tables).
 */
export type ParsedCell = { kind: 'number'; value: number } | { kind: 'missing' } | { kind: 'invalid' };

const SUPPRESSED = new Set(['', '..', '.', '-', '–']);
/** Digits in groups of three after the first, then an optional decimal part. */
const GROUPED = /^[-+]?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/;
const PLAIN = /^[-+]?(\d+[.,]?\d*|[.,]\d+)(e[-+]?\d+)?$/i;

/** Larger magnitudes overflow once squared and summed over the areas (z-scores,
 * weighted means): no indicator of 136 neighbourhoods comes near. */
export const MAX_MAGNITUDE = 1e12;

export function parseNumberCell(raw: string | undefined): ParsedCell {
  const cell = (raw ?? '').trim().replace(/^\u2212/, '-');
  if (SUPPRESSED.has(cell)) return { kind: 'missing' };
  // Number('') and Number('0x1A') would accept things no statistics table means.
  if (!PLAIN.test(cell) && !GROUPED.test(cell)) return { kind: 'invalid' };
  const value = Number(cell.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}
