import Papa from 'papaparse';
import type { LoadIssue } from './loadIssue.ts';

export interface TableRow {
  cells: string[];
  /** Line number as a spreadsheet shows it: the header is row 1. */
  row: number;
}

export interface Table {
  /** Trimmed, lower-case column names. */
  header: string[];
  rows: TableRow[];
  /** Column name → index; the first of duplicated names wins. */
  columnIndex: Map<string, number>;
  /** Value of a column in a row ('' when absent). */
  cell: (row: TableRow, column: string) => string;
  issues: Omit<LoadIssue, 'file'>[];
}

/**
 * A CSV as Swedish users save it: `;`, `,` or tab separated, BOM dropped,
 * blank lines skipped. Structural problems (duplicate columns, rows with the
 * wrong number of fields, broken quotes) come back as issues with row numbers.
 */
export function readTable(text: string): Table | null {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
  });
  if (parsed.data.length === 0) return null;
  const issues: Omit<LoadIssue, 'file'>[] = [];
  const header = parsed.data[0].map((h) => h.trim().toLowerCase());
  const columnIndex = new Map<string, number>();
  header.forEach((name, i) => {
    if (columnIndex.has(name)) issues.push({ kind: 'duplicate-column', row: 1, column: name });
    else columnIndex.set(name, i);
  });
  const rows = parsed.data.slice(1).map((cells, i) => ({ cells, row: i + 2 }));
  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter') continue; // a one-column file fails on missing columns instead
    issues.push({ kind: 'malformed-row', row: (e.row ?? 0) + 1, value: e.message });
  }
  for (const { cells, row } of rows) {
    if (cells.length !== header.length) issues.push({ kind: 'malformed-row', row, value: `${cells.length}/${header.length}` });
  }
  const cell = (r: TableRow, column: string) => {
    const i = columnIndex.get(column);
    return i === undefined ? '' : (r.cells[i] ?? '');
  };
  return { header, rows, columnIndex, cell, issues };
}

/** Long error lists help no one; the first ones show the pattern. */
export const MAX_REPORTED_ISSUES = 25;

/** Cap a list of errors and say how many more there were. */
export function capIssues(errors: LoadIssue[], file: string): LoadIssue[] {
  const rest = errors.length - MAX_REPORTED_ISSUES;
  return rest > 0 ? [...errors.slice(0, MAX_REPORTED_ISSUES), { kind: 'more-issues', file, count: rest }] : errors;
}
