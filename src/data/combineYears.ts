/**
 * A series from several files: single-year files, each with the year the
 * user gave it, and series files (long format with `ar`). Pure, so the rules
 * are tested on their own: a year may come from one file only; a variable or
 * an area present in some years only is allowed, shown as missing for the
 * other years, and said so.
 */
import type { AreaValues, VariableDefinition } from '../index/types.ts';
import type { LoadIssue, LoadResult } from './loadIssue.ts';
import { coverageWarnings, MAX_YEAR, MIN_YEAR, type IndicatorDataset } from './parseIndicators.ts';

export interface YearPart {
  dataset: IndicatorDataset;
  /** The year of a file without a year column; ignored for a series file. */
  year: number | null;
}

export function combineYears(parts: readonly YearPart[]): LoadResult<IndicatorDataset> {
  const errors: LoadIssue[] = [];
  const slices = new Map<number, { areas: AreaValues[]; file: string }>();
  for (const { dataset, year } of parts) {
    const file = dataset.fileName;
    const own = dataset.years.length > 0 ? dataset.years.map((y) => [y, dataset.byYear.get(y)!] as const) : year === null ? [] : [[year, dataset.areas] as const];
    if (dataset.years.length === 0 && (year === null || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)) {
      errors.push({ kind: 'bad-year', file, value: year === null ? '' : String(year) });
      continue;
    }
    for (const [y, areas] of own) {
      const earlier = slices.get(y);
      if (earlier) errors.push({ kind: 'duplicate-year', file, year: y, value: earlier.file });
      else slices.set(y, { areas, file });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const variables = unionOfVariables(parts.map((p) => p.dataset.variables));
  const keys = variables.map((v) => v.key);
  const years = [...slices.keys()].sort((a, b) => a - b);
  const withAllKeys = (a: AreaValues): AreaValues => ({ ...a, values: Object.fromEntries(keys.map((k) => [k, a.values[k] ?? null])) });
  const byYear = new Map(years.map((y) => [y, slices.get(y)!.areas.map(withAllKeys)]));
  const fileName = [...new Set(parts.map((p) => p.dataset.fileName))].join(', ');
  // A file without a row for an area still lists it (as missing): a row
  // with nothing in it is the same as none. Found once per year, not per
  // question: 10,000 areas × 10 years would otherwise be 10⁹ look-ups.
  const reported = new Map(years.map((y) => [y, new Set(byYear.get(y)!.filter((a) => a.population !== null || Object.values(a.values).some((v) => v !== null)).map((a) => a.code))]));
  const hasRow = (y: number, code: string) => reported.get(y)!.has(code);
  const everReported = new Set([...reported.values()].flatMap((codes) => [...codes]));
  const warnings = parts.length > 1 ? coverageWarnings(fileName, years, byYear, keys, everReported, hasRow) : [];
  return {
    ok: true,
    value: {
      fileName,
      illustrative: parts.every((p) => p.dataset.illustrative),
      variables,
      years,
      byYear,
      areas: byYear.get(years[years.length - 1])!,
    },
    warnings,
  };
}

/** A file without a year column, given its year. */
export function withYear(dataset: IndicatorDataset, year: number): LoadResult<IndicatorDataset> {
  return combineYears([{ dataset, year }]);
}

function unionOfVariables(lists: readonly (readonly VariableDefinition[])[]): VariableDefinition[] {
  const byKey = new Map<string, VariableDefinition>();
  for (const list of lists) for (const v of list) if (!byKey.has(v.key)) byKey.set(v.key, v);
  return [...byKey.values()];
}

/** The year a file's name suggests ("indikatorer-2019.csv" → 2019), to fill in the question. */
export function yearFromFileName(name: string): number | null {
  const match = /(?:^|\D)(19[5-9]\d|20\d\d)(?:\D|$)/.exec(name);
  return match ? Number(match[1]) : null;
}
