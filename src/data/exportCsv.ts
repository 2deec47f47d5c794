/**
 * CSV for spreadsheets, safe against formula injection: a text cell that a
 * spreadsheet would read as a formula (starting with = + - @, tab or CR) is
 * prefixed with an apostrophe, as is one starting with NUL, which some
 * spreadsheets drop before reading the rest as a formula. Numbers are written as numbers with a decimal
 * comma and `;` as separator, the way Swedish Excel opens them.
 */
export type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r\0]/;

export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell).replace('.', ',') : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[";\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  // BOM so Excel reads UTF-8 (å, ä, ö) correctly.
  return `\ufeff${[header.map(csvCell), ...rows.map((r) => r.map(csvCell))].map((r) => r.join(';')).join('\r\n')}\r\n`;
}
