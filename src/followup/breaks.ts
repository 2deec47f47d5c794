import type { SeriesBreak, VariableDefinition } from '../index/types.ts';

/** The series breaks between two years: a change figure from `from` to `to`
 * compares values on two bases when a break's first year lies in (from, to]. */
export function breaksBetween(variable: VariableDefinition, from: number, to: number): SeriesBreak[] {
  const [a, b] = from <= to ? [from, to] : [to, from];
  return (variable.breaks ?? []).filter((br) => br.year > a && br.year <= b);
}

/** The last break at or before `year`, if any: the start of the comparable segment. */
export function lastBreakUpTo(variable: VariableDefinition, year: number): SeriesBreak | null {
  const before = (variable.breaks ?? []).filter((br) => br.year <= year);
  return before.length > 0 ? before.reduce((a, b) => (b.year > a.year ? b : a)) : null;
}
