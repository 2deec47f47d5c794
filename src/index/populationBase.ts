import type { AreaValues, PopulationBase } from './types.ts';

/** The population a rate is a share of, for weighting and counting. */
export function populationOf(area: AreaValues, base: PopulationBase): number | null {
  if (base === 'children') return area.children;
  if (base === 'young-adults') return area.youngAdults ?? null;
  return area.population;
}
