import { populationOf } from '../index/populationBase.ts';
import type { AreaValues, PopulationBase } from '../index/types.ts';

export interface GroupValue {
  /** Population-weighted mean rate, or null when no member has a value. */
  value: number | null;
  /** The population the value rests on (members with a value). */
  population: number;
  /** Members with a value, of all members. */
  reporting: number;
  members: number;
}

/**
 * The rate of a group of areas as if it were one area: Σ rate·pop / Σ pop
 * over members with a value and a population. Suppressed members are left
 * out, not guessed; `reporting` says how many were left.
 */
export function groupMean(areas: readonly AreaValues[], codes: ReadonlySet<string>, key: string, base: PopulationBase): GroupValue {
  let weighted = 0;
  let population = 0;
  let reporting = 0;
  let members = 0;
  for (const area of areas) {
    if (!codes.has(area.code)) continue;
    members++;
    const value = area.values[key];
    const weight = populationOf(area, base);
    if (value === null || value === undefined || weight === null || !(weight > 0)) continue;
    weighted += value * weight;
    population += weight;
    reporting++;
  }
  return { value: population > 0 ? weighted / population : null, population, reporting, members };
}

export interface SeriesPoint {
  year: number;
  value: number | null;
}

/** A group's rate for each year. */
export function groupSeries(
  byYear: ReadonlyMap<number, readonly AreaValues[]>,
  years: readonly number[],
  codes: ReadonlySet<string>,
  key: string,
  base: PopulationBase,
): (SeriesPoint & GroupValue)[] {
  return years.map((year) => ({ year, ...groupMean(byYear.get(year) ?? [], codes, key, base) }));
}
