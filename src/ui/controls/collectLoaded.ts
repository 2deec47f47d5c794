/**
 * What to do with the files a user just read: any error refuses them all (the
 * data already loaded stays); effort files load as they are; indicator files
 * make one data set, after the user has given a year to each file without
 * a year column. Pure, so the rules are tested without a browser.
 */
import { combineYears, yearFromFileName } from '../../data/combineYears.ts';
import type { LoadIssue } from '../../data/loadIssue.ts';
import type { UserFileResult } from '../../data/loadUserFile.ts';
import type { IndicatorDataset } from '../../data/parseIndicators.ts';
import type { EffortDataset } from '../../efforts/types.ts';

export interface YearQuestion {
  /** Files without a year column, each with the year suggested for it. */
  undated: { dataset: IndicatorDataset; suggested: number | null }[];
  /** Series files read alongside them. */
  dated: IndicatorDataset[];
  warnings: LoadIssue[];
}

export type Collected =
  | { kind: 'failed'; errors: LoadIssue[] }
  | { kind: 'ready'; efforts: EffortDataset[]; indicators: { dataset: IndicatorDataset; warnings: LoadIssue[] } | null }
  | { kind: 'ask-years'; efforts: EffortDataset[]; question: YearQuestion };

export function collectLoaded(results: readonly UserFileResult[], latestYear: number | null): Collected {
  const errors = results.flatMap((r) => (r.result.ok ? [] : r.result.errors));
  if (errors.length > 0) return { kind: 'failed', errors };
  const efforts = results.flatMap((r) => (r.kind === 'efforts' && r.result.ok ? [r.result.value] : []));
  const indicators = results.flatMap((r) => (r.kind === 'indicators' && r.result.ok ? [{ dataset: r.result.value, warnings: r.result.warnings }] : []));
  if (indicators.length === 0) return { kind: 'ready', efforts, indicators: null };
  const warnings = indicators.flatMap((i) => i.warnings);
  const undated = indicators.filter((i) => i.dataset.years.length === 0);
  const dated = indicators.filter((i) => i.dataset.years.length > 0).map((i) => i.dataset);
  if (undated.length > 0) {
    // One file: the year its name says, else the latest year shown now (the
    // usual case: this year's figures replace the example's).
    const suggest = (d: IndicatorDataset) => yearFromFileName(d.fileName) ?? (undated.length === 1 && dated.length === 0 ? latestYear : null);
    return { kind: 'ask-years', efforts, question: { undated: undated.map((i) => ({ dataset: i.dataset, suggested: suggest(i.dataset) })), dated, warnings } };
  }
  if (dated.length === 1) return { kind: 'ready', efforts, indicators: { dataset: dated[0], warnings } };
  const combined = combineYears(dated.map((dataset) => ({ dataset, year: null })));
  return combined.ok ? { kind: 'ready', efforts, indicators: { dataset: combined.value, warnings: [...warnings, ...combined.warnings] } } : { kind: 'failed', errors: combined.errors };
}

/** The user's answer: a year per undated file, in the question's order. */
export function answerYears(question: YearQuestion, years: readonly (number | null)[]): Collected {
  const combined = combineYears([...question.dated.map((dataset) => ({ dataset, year: null })), ...question.undated.map((u, i) => ({ dataset: u.dataset, year: years[i] ?? null }))]);
  return combined.ok
    ? { kind: 'ready', efforts: [], indicators: { dataset: combined.value, warnings: [...question.warnings, ...combined.warnings] } }
    : { kind: 'failed', errors: combined.errors };
}
