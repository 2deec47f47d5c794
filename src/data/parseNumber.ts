/**
 * A cell as Swedish tables write numbers: decimal comma or point, spaces or
 * non-breaking spaces as thousands separators, a Unicode minus, and `..` or an
 * empty cell for a suppressed value (as in official Swedish tables).
 */
export type ParsedCell = { kind: 'number'; value: number } | { kind: 'missing' } | { kind: 'invalid' };

const SUPPRESSED = new Set(['', '..', '.', '-', '–']);

export function parseNumberCell(raw: string | undefined): ParsedCell {
  const cell = (raw ?? '').trim();
  if (SUPPRESSED.has(cell)) return { kind: 'missing' };
  const canonical = cell
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^\u2212/, '-')
    .replace(',', '.');
  // Number('') and Number('0x1A') would accept things no statistics table means.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(canonical)) return { kind: 'invalid' };
  const value = Number(canonical);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}
