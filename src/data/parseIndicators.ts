import type { AreaValues, VariableDefinition } from '../index/types.ts';
import { emptyRecord } from '../index/records.ts';
import type { LoadIssue, LoadResult } from './loadIssue.ts';
import { MAX_MAGNITUDE, parseNumberCell } from './parseNumber.ts';
import { capIssues, isTableFailure, readTable, type TableRow } from './readTable.ts';
import { readText } from './readText.ts';

/** What the app holds after reading an indicators file. */
export interface IndicatorDataset {
  fileName: string;
  /** True for the bundled example data: the UI then says "Exempeldata". */
  illustrative: boolean;
  /** One entry per known delområde, in the geometry's order. */
  areas: AreaValues[];
  /** The default variables followed by any extra numeric columns. */
  variables: VariableDefinition[];
}

export interface IndicatorContext {
  fileName: string;
  illustrative: boolean;
  /** Code → name of every delområde the map knows. */
  knownAreas: ReadonlyMap<string, string>;
  defaultVariables: readonly VariableDefinition[];
  populationColumns: { total: string; children: string };
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
  const required = [CODE_COLUMN, total, children, ...context.defaultVariables.map((v) => v.key)];
  for (const column of required) {
    if (!table.columnIndex.has(column)) fail({ kind: 'missing-column', row: 1, column });
  }
  if (errors.length > 0) return { ok: false, errors: capIssues(errors, file) };
  table.issues.filter((i) => i.kind !== 'duplicate-column').forEach(fail);

  const seen = new Map<string, number>();
  const areaRows: (TableRow & { code: string })[] = [];
  for (const tableRow of body) {
    const { row } = tableRow;
    const code = cell(tableRow, CODE_COLUMN).trim();
    if (code === '') fail({ kind: 'missing-code', row, column: CODE_COLUMN });
    else if (!context.knownAreas.has(code)) fail({ kind: 'unknown-code', row, column: CODE_COLUMN, value: code });
    else if (seen.has(code)) fail({ kind: 'duplicate-code', row, column: CODE_COLUMN, value: code, count: seen.get(code) });
    else {
      seen.set(code, row);
      areaRows.push({ ...tableRow, code });
    }
  }

  const defaultKeys = new Set(context.defaultVariables.map((v) => v.key));
  const extraColumns = header.filter((name) => !required.includes(name) && name !== NAME_COLUMN && name !== '');
  const extraNumeric = extraColumns.filter((column) => {
    const cells = areaRows.map((r) => parseNumberCell(cell(r, column)));
    const numbers = cells.filter((c) => c.kind === 'number').length;
    if (numbers === 0) warnings.push({ file, kind: 'text-column-ignored', row: 1, column });
    return numbers > 0;
  });

  const percentColumns = new Set(context.defaultVariables.filter((v) => v.unit === '%').map((v) => v.key));
  const numericColumns = [total, children, ...defaultKeys, ...extraNumeric];
  const valuesByCode = new Map<string, AreaValues>();
  for (const [i, areaRow] of areaRows.entries()) {
    if (i % 16 === 0) onProgress?.(0.4 + (0.6 * i) / areaRows.length);
    const { code, row } = areaRow;
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
      if (value !== null && (column === total || column === children) && value < 0) {
        fail({ kind: 'negative-population', row, column, value: raw.trim() });
      }
      numbers[column] = value;
    }
    const { [total]: population, [children]: childCount, ...values } = numbers;
    valuesByCode.set(code, {
      code,
      name: context.knownAreas.get(code)!,
      population: population ?? null,
      children: childCount ?? null,
      values,
    });
  }

  if (errors.length > 0) return { ok: false, errors: capIssues(errors, file) };

  const withoutRow = [...context.knownAreas.keys()].filter((code) => !valuesByCode.has(code));
  if (withoutRow.length > 0) {
    warnings.push({ file, kind: 'areas-without-row', count: withoutRow.length, value: withoutRow.slice(0, 10).join(', ') });
  }
  const emptyValues = Object.fromEntries([...defaultKeys, ...extraNumeric].map((k) => [k, null]));
  const areas = [...context.knownAreas].map(
    ([code, name]) => valuesByCode.get(code) ?? { code, name, population: null, children: null, values: { ...emptyValues } },
  );
  const extras: VariableDefinition[] = extraNumeric.map((key) => ({
    key,
    label: { sv: key, en: key },
    unit: '',
    definition: { sv: `Extra kolumn i filen ${file}.`, en: `Extra column in the file ${file}.` },
    direction: 'higher-is-more-need',
    populationBase: 'total',
    source: file,
  }));
  return {
    ok: true,
    value: { fileName: file, illustrative: context.illustrative, areas, variables: [...context.defaultVariables, ...extras] },
    warnings,
  };
}
