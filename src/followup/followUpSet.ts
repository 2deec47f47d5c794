/** A follow-up set: the areas chosen for the concentrated effort, and when it starts. */
export interface FollowUpSet {
  name: string;
  /** Delområde codes. */
  codes: string[];
  /** The first year of the effort: years before it are "before", from it on "after". */
  startYear: number;
  /** How many unchosen areas form the comparison group. */
  comparisonSize: number;
}

/** Comparison groups larger than this stop being "similar". */
export const MAX_COMPARISON_SIZE = 40;

/** The year the choice was made on: the last year of data before the start. */
export function choiceYear(startYear: number, years: readonly number[]): number | null {
  const before = years.filter((y) => y < startYear);
  return before.length > 0 ? before[before.length - 1] : null;
}
