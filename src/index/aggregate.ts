import { populationOf } from './populationBase.ts';
import type { AreaValues, PopulationBase } from './types.ts';

export interface Membership {
  /** Area code → code of the larger area it belongs to. */
  parentOf: ReadonlyMap<string, string>;
  /** Larger area code → display name, in display order. */
  parents: ReadonlyMap<string, string>;
}

/**
 * Aggregate rates from delområden to a coarser level (GeSO): for each variable,
 * the population-weighted mean over member areas that have a value. Rates
 * among children (behörighet) are weighted by children 0–16, the others by
 * total population, so each GeSO value is the rate for all its residents (as
 * far as the members report one). Members without a value or without a
 * population figure are left out rather than guessed.
 */
export function aggregateRates(
  areas: readonly AreaValues[],
  membership: Membership,
  basesByKey: Readonly<Record<string, PopulationBase>>,
): AreaValues[] {
  const membersOf = new Map<string, AreaValues[]>();
  for (const code of membership.parents.keys()) membersOf.set(code, []);
  for (const area of areas) {
    const parent = membership.parentOf.get(area.code);
    if (parent !== undefined) membersOf.get(parent)?.push(area);
  }

  return [...membership.parents].map(([code, name]) => {
    const members = membersOf.get(code) ?? [];
    const values: Record<string, number | null> = {};
    for (const [key, base] of Object.entries(basesByKey)) {
      let weightedSum = 0;
      let weightTotal = 0;
      for (const m of members) {
        const value = m.values[key];
        const weight = populationOf(m, base);
        if (value === null || value === undefined || weight === null || weight <= 0) continue;
        weightedSum += value * weight;
        weightTotal += weight;
      }
      values[key] = weightTotal > 0 ? weightedSum / weightTotal : null;
    }
    return {
      code,
      name,
      population: sumOrNull(members.map((m) => m.population)),
      children: sumOrNull(members.map((m) => m.children)),
      ...(members.some((m) => m.youngAdults !== undefined) && { youngAdults: sumOrNull(members.map((m) => m.youngAdults ?? null)) }),
      values,
    };
  });
}

function sumOrNull(xs: readonly (number | null)[]): number | null {
  const known = xs.filter((x): x is number => x !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}
