import Papa from 'papaparse';
import type { LoadIssue } from './loadIssue.ts';

export interface TableRow {
  cells: string[];
  /** Line number as a spreadsheet shows it: the header is row 1, blank lines count. */
  row: number;
}

export interface Table {
  /** Trimmed, lower-case column names; Excel's trailing empty columns dropped. */
  header: string[];
  rows: TableRow[];
  /** Column name → index; the first of duplicated names wins. */
  columnIndex: Map<string, number>;
  /** Value of a column in a row ('' when absent). */
  cell: (row: TableRow, column: string) => string;
  /** Problems in single rows (wrong field count, broken quotes, duplicates). */
  issues: Omit<LoadIssue, 'file'>[];
}

/** Problems that make the rest of the file meaningless to check: the header
 * cannot be read, or the file is beyond what the app will read. */
export type TableFailure = { fatal: Omit<LoadIssue, 'file'>[] };

export interface TableLimits {
  maxColumns: number;
  maxRows: number;
}

/** A few hundred variables is far beyond any index; 100,000 columns crashed the tab. */
export const MAX_COLUMNS = 300;
/** Indicator files have one row per delområde; effort files a few thousand at most. */
export const MAX_ROWS = 50_000;
const DEFAULT_LIMITS: TableLimits = { maxColumns: MAX_COLUMNS, maxRows: MAX_ROWS };

const SEPARATORS = [';', ',', '\t'] as const;

/** CR-only (old Mac Excel) and mixed line ends become LF before anything else reads the text. */
export function normaliseLineEnds(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

/** The separator that splits a line into the most fields (quoted text aside). */
function likeliestSeparator(line: string): { separator: string; fields: number } {
  const unquoted = line.replace(/"[^"]*"/g, '""');
  let best = { separator: ';', fields: 1 };
  for (const separator of SEPARATORS) {
    const fields = unquoted.split(separator).length;
    if (fields > best.fields) best = { separator, fields };
  }
  return best;
}

/**
 * A CSV as Swedish users save it: `;`, `,` or tab separated, BOM dropped,
 * any line ends, blank lines skipped but counted. Structural problems come
 * back as issues with row numbers; limits are checked before parsing.
 */
export function readTable(text: string, limits: TableLimits = DEFAULT_LIMITS): Table | TableFailure | null {
  const normalised = normaliseLineEnds(text);
  const firstLine = normalised.slice(0, normalised.indexOf('\n') >>> 0);
  // Checked on the raw text, before the parse costs time and memory.
  const headerGuess = likeliestSeparator(firstLine);
  if (headerGuess.fields > limits.maxColumns) {
    return { fatal: [{ kind: 'too-many-columns', row: 1, count: headerGuess.fields, value: String(limits.maxColumns) }] };
  }
  let lines = 1;
  for (let i = normalised.indexOf('\n'); i >= 0 && lines <= limits.maxRows + 1; i = normalised.indexOf('\n', i + 1)) lines++;
  if (lines > limits.maxRows + 1) return { fatal: [{ kind: 'too-many-rows', value: String(limits.maxRows) }] };

  // The header decides the separator: guessing from the rows mistakes
  // Swedish decimal commas for separators in a short file.
  const delimiter = headerGuess.fields > 1 ? { delimiter: headerGuess.separator } : { delimitersToGuess: [...SEPARATORS] };
  const parsed = Papa.parse<string[]>(normalised, { ...delimiter, newline: '\n', skipEmptyLines: false });
  if (parsed.data.length === 0) return null;
  const separator = parsed.meta.delimiter;

  // Line of each record, counting blank lines and line breaks inside quotes.
  const lineOf: number[] = [];
  let line = 1;
  for (const cells of parsed.data) {
    lineOf.push(line);
    line += 1;
    for (const c of cells) for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) line++;
  }
  const quoteErrors = parsed.errors.filter((e) => e.type === 'Quotes');
  const headerQuote = quoteErrors.find((e) => (e.row ?? 0) === 0);
  if (headerQuote) return { fatal: [{ kind: 'unclosed-quote', row: 1 }] };

  const header = parsed.data[0].map((h) => h.trim().toLowerCase());
  while (header.length > 1 && header[header.length - 1] === '') header.pop();
  if (header.every((h) => h === '')) return null;

  const issues: Omit<LoadIssue, 'file'>[] = [];
  const columnIndex = new Map<string, number>();
  header.forEach((name, i) => {
    if (columnIndex.has(name)) {
      if (name !== '') issues.push({ kind: 'duplicate-column', row: 1, column: name });
    } else columnIndex.set(name, i);
  });
  for (const e of quoteErrors) issues.push({ kind: 'unclosed-quote', row: lineOf[e.row ?? 0] ?? 1 });

  const rows: TableRow[] = [];
  for (let i = 1; i < parsed.data.length; i++) {
    let cells = parsed.data[i];
    if (cells.every((c) => c.trim() === '')) continue;
    const row = lineOf[i];
    // Excel's trailing empty columns: the row may be longer, with nothing in the extra cells.
    if (cells.length > header.length && cells.slice(header.length).every((c) => c.trim() === '')) cells = cells.slice(0, header.length);
    // A row that cannot be split into the header's columns is reported once,
    // as what it is, and not read further (no cascade of "unknown code").
    if (quoteErrors.some((e) => e.row === i)) continue;
    if (cells.length !== header.length) {
      const other = cells.length === 1 ? likeliestSeparator(cells[0]) : null;
      if (other && other.fields === header.length) issues.push({ kind: 'mixed-separator', row, value: `${show(other.separator)}/${show(separator)}` });
      else issues.push({ kind: 'malformed-row', row, value: `${cells.length}/${header.length}` });
      continue;
    }
    rows.push({ cells, row });
  }
  const cell = (r: TableRow, column: string) => {
    const i = columnIndex.get(column);
    return i === undefined ? '' : (r.cells[i] ?? '');
  };
  return { header, rows, columnIndex, cell, issues };
}

const show = (separator: string) => (separator === '\t' ? 'tab' : separator);

export function isTableFailure(x: Table | TableFailure | null): x is TableFailure {
  return x !== null && 'fatal' in x;
}

/** Long error lists help no one; the first ones show the pattern. */
export const MAX_REPORTED_ISSUES = 25;

/** Cap a list of errors and say how many more there were. */
export function capIssues(errors: LoadIssue[], file: string): LoadIssue[] {
  const rest = errors.length - MAX_REPORTED_ISSUES;
  return rest > 0 ? [...errors.slice(0, MAX_REPORTED_ISSUES), { kind: 'more-issues', file, count: rest }] : errors;
}
