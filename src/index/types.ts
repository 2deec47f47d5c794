/** Core types of the need index. Pure data: no React, no DOM. */

/** Which way a variable points. The index measures need, so a variable where
 * higher values mean *less* need (e.g. school eligibility) enters reversed. */
export type Direction = 'higher-is-more-need' | 'lower-is-more-need';

/** Which population a rate is a share of; decides the weights when rates are
 * aggregated from delområden to GeSO. */
export type PopulationBase = 'total' | 'children' | 'young-adults';

/** An index variable enters the index by default; an outcome (UVAS) is shown
 * and followed over time, and enters the index only if a user weights it. */
export type VariableRole = 'index' | 'outcome';

/** A change of method in a variable's series: values from `year` on are not
 * comparable with those before it. */
export interface SeriesBreak {
  /** The first year on the new basis. */
  year: number;
  reason: LocalisedText;
}

export type Normalisation = 'zscore' | 'minmax' | 'percentile';

export interface LocalisedText {
  sv: string;
  en: string;
}

/** A variable is data, not code: the four defaults come from data/variables.json
 * and any extra numeric column in a user's file becomes one more. */
export interface VariableDefinition {
  key: string;
  label: LocalisedText;
  /** For narrow places such as table headers. */
  shortLabel?: LocalisedText;
  unit: string;
  definition: LocalisedText;
  direction: Direction;
  populationBase: PopulationBase;
  /** The share of the population base a rate is measured on, when smaller
   * than the whole base: eligibility is measured on one year group (year 9)
   * of the 0–16-year-olds, about 1/17 of them. Sets the sampling error of the
   * rate (src/index/uncertainty/). Default 1. */
  sampleShare?: number;
  source: string;
  /** Default 'index'. */
  role?: VariableRole;
  breaks?: SeriesBreak[];
  /** A share of residents living in households with some condition: the
   * children in such households can then be estimated (rate × children). */
  householdRate?: boolean;
}

/** One area's raw values; `null` marks a suppressed or missing value. */
export interface AreaValues {
  code: string;
  name: string;
  population: number | null;
  children: number | null;
  /** Residents aged 20–24, the base of the outcome UVAS; absent in files without it. */
  youngAdults?: number | null;
  values: Record<string, number | null>;
}

/** The user's choice for one variable. */
export interface VariableSetting {
  key: string;
  /** 0–100 as on the slider; only its share of the sum matters. */
  weight: number;
  direction: Direction;
}

export interface IndexOptions {
  normalisation: Normalisation;
  settings: readonly VariableSetting[];
}

export interface AreaScore {
  code: string;
  /** Composite index, or null when any weighted variable is missing. */
  index: number | null;
  /** 1 = greatest need; ties share a rank; null without an index. */
  rank: number | null;
  /** Normalised, direction-adjusted value per variable (null if missing). */
  normalised: Record<string, number | null>;
  /** Effective weight × normalised value: these sum to `index`. */
  contributions: Record<string, number | null>;
  /** Weighted variables the area has no value for. */
  missing: string[];
}

export type IndexResult =
  | { ok: true; scores: AreaScore[]; effectiveWeights: Record<string, number> }
  | { ok: false; reason: 'all-weights-zero'; scores: AreaScore[]; effectiveWeights: Record<string, number> };
