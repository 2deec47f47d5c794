import type { AreaValues, VariableDefinition } from '../index/types.ts';
import { emptyRecord } from '../index/records.ts';
import type { LoadIssue, LoadResult } from './loadIssue.ts';
import { MAX_MAGNITUDE, parseNumberCell } from './parseNumber.ts';
import { capIssues, isTableFailure, readTable, type TableRow } from './readTable.ts';
import { readText } from './readText.ts';

/** What the app holds after reading an indicators file (or several, one per year). */
export interface IndicatorDataset {
  fileName: string;
  /** True for the bundled example data: the UI then says "Exempeldata". */
  illustrative: boolean;
  /** The latest year's areas, which is what opens: one entry per known
   * delområde, in the geometry's order. */
  areas: AreaValues[];
  /** The default variables followed by any extra numeric columns. */
  variables: VariableDefinition[];
  /** Ascending. Empty for a file without a year column until the user says
   * which year it is (withYear, combineYears). */
  years: number[];
  /** Each year's areas, in the same order as `areas`. */
  byYear: ReadonlyMap<number, AreaValues[]>;
}

/** The column that makes a file a series (long format: one row per area and year). */
export const YEAR_COLUMN = 'ar';
/** A year outside this range is a typo, not a year of statistics. */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;

export interface IndicatorContext {
  fileName: string;
  illustrative: boolean;
  /** Code → name of every delområde the map knows. */
  knownAreas: ReadonlyMap<string, string>;
  defaultVariables: readonly VariableDefinition[];
  populationColumns: { total: string; children: string; youngAdults?: string };
}

export const CODE_COLUMN = 'delomrade_kod';
const NAME_COLUMN = 'delomrade_namn';

export function parseIndicatorBytes(bytes: Uint8Array, context: IndicatorContext): LoadResult<IndicatorDataset> {
  const text = readText(context.fileName, bytes);
  return text.ok ? parseIndicatorText(text.text, context) : text;
}

/** Called with the share of rows read so far (0–1), for a progress bar. */
export type OnProgress = (fraction: number) => void;

export function parseIndicatorText(text: string, context: IndicatorContext, onProgress?: OnProgress): LoadResult<IndicatorDataset> {
  const file = context.fileName;
  const errors: LoadIssue[] = [];
  const warnings: LoadIssue[] = [];
  const fail = (issue: Omit<LoadIssue, 'file'>) => errors.push({ file, ...issue });

  const table = readTable(text);
  if (!table) return { ok: false, errors: [{ kind: 'empty-file', file }] };
  if (isTableFailure(table)) return { ok: false, errors: table.fatal.map((issue) => ({ file, ...issue })) };
  onProgress?.(0.3);
  const { header, rows: body, cell } = table;
  table.issues.filter((i) => i.kind === 'duplicate-column').forEach(fail);
  const { total, children } = context.populationColumns;
  // Outcome variables (UVAS) and the 20–24 population are optional: a file
  // of the index variables alone is complete.
  const indexKeys = context.defaultVariables.filter((v) => v.role !== 'outcome').map((v) => v.key);
  for (const column of [CODE_COLUMN, total, children, ...indexKeys]) {
    if (!table.columnIndex.has(column)) fail({ kind: 'missing-column', row: 1, column });
  }
  if (errors.length > 0) return { ok: false, errors: capIssues(errors, file) };
  table.issues.filter((i) => i.kind !== 'duplicate-column').forEach(fail);

  // A file with a year column holds one row per area and year; without it,
  // one row per area for a year the user names.
  const dated = table.columnIndex.has(YEAR_COLUMN);
  const seen = new Map<string, number>();
  const areaRows: (TableRow & { code: string; year: number })[] = [];
  for (const tableRow of body) {
    const { row } = tableRow;
    const code = cell(tableRow, CODE_COLUMN).trim();
    const year = dated ? parseYear(cell(tableRow, YEAR_COLUMN)) : UNDATED;
    const key = `${code}|${year}`;
    if (code === '') fail({ kind: 'missing-code', row, column: CODE_COLUMN });
    else if (!context.knownAreas.has(code)) fail({ kind: 'unknown-code', row, column: CODE_COLUMN, value: code });
    else if (year === null) fail({ kind: 'bad-year', row, column: YEAR_COLUMN, value: cell(tableRow, YEAR_COLUMN).trim() });
    else if (seen.has(key)) {
      fail({ kind: dated ? 'duplicate-area-year' : 'duplicate-code', row, column: CODE_COLUMN, value: code, count: seen.get(key), ...(dated && { year }) });
    } else {
      seen.set(key, row);
      areaRows.push({ ...tableRow, code, year });
    }
  }

  const present = (column: string) => table.columnIndex.has(column);
  const shownDefaults = context.defaultVariables.filter((v) => present(v.key));
  const defaultKeys = new Set(shownDefaults.map((v) => v.key));
  const optional = context.populationColumns.youngAdults;
  const outcomes = context.defaultVariables.filter((v) => v.role === 'outcome').map((v) => v.key);
  const required = [CODE_COLUMN, total, children, ...indexKeys];
  const known = new Set([...required, YEAR_COLUMN, NAME_COLUMN, '', ...(optional ? [optional] : []), ...outcomes]);
  const extraColumns = header.filter((name) => !known.has(name));
  const extraNumeric = extraColumns.filter((column) => {
    const cells = areaRows.map((r) => parseNumberCell(cell(r, column)));
    const numbers = cells.filter((c) => c.kind === 'number').length;
    if (numbers === 0) warnings.push({ file, kind: 'text-column-ignored', row: 1, column });
    return numbers > 0;
  });

  const percentColumns = new Set(context.defaultVariables.filter((v) => v.unit === '%').map((v) => v.key));
  const youngAdultColumn = optional && present(optional) ? optional : null;
  const numericColumns = [total, children, ...(youngAdultColumn ? [youngAdultColumn] : []), ...defaultKeys, ...extraNumeric];
  const populationSet = new Set([total, children, youngAdultColumn]);
  const valuesByYear = new Map<number, Map<string, AreaValues>>();
  for (const [i, areaRow] of areaRows.entries()) {
    if (i % 16 === 0) onProgress?.(0.4 + (0.6 * i) / areaRows.length);
    const { code, row, year } = areaRow;
    // Keyed by column names from the file: no prototype, so `__proto__` or
    // `constructor` is a column like any other.
    const numbers: Record<string, number | null> = emptyRecord();
    for (const column of numericColumns) {
      const raw = cell(areaRow, column);
      const parsedCell = parseNumberCell(raw);
      if (parsedCell.kind === 'invalid') {
        fail({ kind: 'not-a-number', row, column, value: raw.trim() });
        numbers[column] = null;
        continue;
      }
      const value = parsedCell.kind === 'number' ? parsedCell.value : null;
      if (value !== null && Math.abs(value) > MAX_MAGNITUDE) {
        fail({ kind: 'value-too-large', row, column, value: raw.trim() });
        numbers[column] = null;
        continue;
      }
      if (value !== null && percentColumns.has(column) && (value < 0 || value > 100)) {
        fail({ kind: 'percentage-out-of-range', row, column, value: raw.trim() });
      }
      if (value !== null && populationSet.has(column) && value < 0) {
        fail({ kind: 'negative-population', row, column, value: raw.trim() });
      }
      numbers[column] = value;
    }
    const { [total]: population, [children]: childCount, ...values } = numbers;
    const area: AreaValues = { code, name: context.knownAreas.get(code)!, population: population ?? null, children: childCount ?? null, values };
    if (youngAdultColumn) {
      area.youngAdults = values[youngAdultColumn] ?? null;
      delete values[youngAdultColumn];
    }
    if (!valuesByYear.has(year)) valuesByYear.set(year, new Map());
    valuesByYear.get(year)!.set(code, area);
  }

  if (errors.length > 0) return { ok: false, errors: capIssues(errors, file) };

  const keys = [...defaultKeys, ...extraNumeric];
  const firstRowOf = new Map<string, number>();
  for (const r of areaRows) if (!firstRowOf.has(r.code)) firstRowOf.set(r.code, r.row);
  const everyCode = new Set(areaRows.map((r) => r.code));
  const withoutRow = [...context.knownAreas.keys()].filter((code) => !everyCode.has(code));
  if (withoutRow.length > 0) {
    warnings.push({ file, kind: 'areas-without-row', count: withoutRow.length, value: withoutRow.slice(0, 10).join(', ') });
  }
  const years = [...valuesByYear.keys()].sort((a, b) => a - b);
  const byYear = new Map(years.map((year) => [year, completeYear(valuesByYear.get(year)!, context.knownAreas, keys, youngAdultColumn !== null)]));
  if (dated) warnings.push(...coverageWarnings(file, years, byYear, keys, everyCode, (y, code) => valuesByYear.get(y)!.has(code), firstRowOf));
  const extras: VariableDefinition[] = extraNumeric.map((key) => ({
    key,
    label: { sv: key, en: key },
    unit: '',
    definition: { sv: `Extra kolumn i filen ${file}.`, en: `Extra column in the file ${file}.` },
    direction: 'higher-is-more-need',
    populationBase: 'total',
    source: file,
  }));
  const variables = [...shownDefaults, ...extras];
  if (!dated) {
    const areas = byYear.get(UNDATED) ?? completeYear(new Map(), context.knownAreas, keys, false);
    return { ok: true, value: { fileName: file, illustrative: context.illustrative, areas, variables, years: [], byYear: new Map() }, warnings };
  }
  const areas = byYear.get(years[years.length - 1]) ?? completeYear(new Map(), context.knownAreas, keys, false);
  return { ok: true, value: { fileName: file, illustrative: context.illustrative, areas, variables, years, byYear }, warnings };
}

/** Rows of a file without a year column, until the user names the year. */
const UNDATED = -1;

/** A year as a statistics table writes it: four digits in a plausible range. */
export function parseYear(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** One entry per known delområde, in the geometry's order: an area without
 * a row that year shows as missing, not as absent. */
function completeYear(byCode: ReadonlyMap<string, AreaValues>, knownAreas: ReadonlyMap<string, string>, keys: readonly string[], youngAdults: boolean): AreaValues[] {
  return [...knownAreas].map(([code, name]) => {
    const found = byCode.get(code);
    if (found) return found;
    const empty: AreaValues = { code, name, population: null, children: null, values: Object.fromEntries(keys.map((k) => [k, null])) };
    if (youngAdults) empty.youngAdults = null;
    return empty;
  });
}

/** Said, not refused: a variable that has no value at all in some years
 * (UVAS before it was produced), and an area with rows in some years only. */
export function coverageWarnings(
  file: string,
  years: readonly number[],
  byYear: ReadonlyMap<number, readonly AreaValues[]>,
  keys: readonly string[],
  codes: ReadonlySet<string>,
  hasRow: (year: number, code: string) => boolean,
  firstRowOf: ReadonlyMap<string, number> = new Map(),
): LoadIssue[] {
  const warnings: LoadIssue[] = [];
  if (years.length < 2) return warnings;
  for (const key of keys) {
    const without = years.filter((y) => byYear.get(y)!.every((a) => a.values[key] === null || a.values[key] === undefined));
    if (without.length > 0 && without.length < years.length) warnings.push({ file, kind: 'variable-missing-years', row: 1, column: key, value: yearList(without) });
  }
  let reported = 0;
  for (const code of codes) {
    const missingYears = years.filter((y) => !hasRow(y, code));
    if (missingYears.length === 0) continue;
    if (reported++ >= 10) continue;
    warnings.push({ file, kind: 'area-missing-years', ...(firstRowOf.has(code) && { row: firstRowOf.get(code) }), column: CODE_COLUMN, value: `${code}: ${yearList(missingYears)}` });
  }
  if (reported > 10) warnings.push({ file, kind: 'more-issues', count: reported - 10 });
  return warnings;
}

/** 2015, 2016, 2019 → "2015–2016, 2019". */
export function yearList(years: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    runs.push(i === j ? String(years[i]) : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}
