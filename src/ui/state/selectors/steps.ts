/**
 * What the screen shows, derived from the app state and the geography by pure
 * functions. The selectors memoise each step so a slider move recomputes the
 * index and classes but not the GeSO aggregation.
 */
import type { Geography } from '../../../data/geography.ts';
import { aggregateRates } from '../../../index/aggregate.ts';
import { median } from '../../../index/median.ts';
import type { AreaScore, AreaValues, IndexResult, PopulationBase, VariableDefinition } from '../../../index/types.ts';
import { classify, classOf, type Classification } from '../../../map/classify.ts';
import type { Effort } from '../../../efforts/types.ts';
import type { IndicatorDataset } from '../../../data/parseIndicators.ts';
import type { Level } from '../view.ts';

/** Efforts per area at the current level: at GeSO, an effort reaching any
 * member delområde reaches the GeSO (counted once). */
export function effortsAtLevel(
  byDelomrade: ReadonlyMap<string, Effort[]>,
  level: Level,
  geography: Geography,
): Map<string, Effort[]> {
  if (level === 'delomrade') return new Map(byDelomrade);
  const byParent = new Map<string, Set<Effort>>();
  for (const [code, efforts] of byDelomrade) {
    const parent = geography.gesoMembership.parentOf.get(code);
    if (parent === undefined) continue;
    const set = byParent.get(parent) ?? new Set<Effort>();
    efforts.forEach((e) => set.add(e));
    byParent.set(parent, set);
  }
  return new Map([...byParent].map(([code, set]) => [code, [...set]]));
}

export const swedishCollator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** A year's areas at the level shown: delområden as they are, GeSO aggregated. */
export function areasAtLevel(dataset: Pick<IndicatorDataset, 'variables'>, areas: readonly AreaValues[], level: Level, geography: Geography): AreaValues[] {
  if (level === 'delomrade') return areas as AreaValues[];
  const bases: Record<string, PopulationBase> = Object.fromEntries(
    dataset.variables.map((v: VariableDefinition) => [v.key, v.populationBase]),
  );
  return aggregateRates(areas, geography.gesoMembership, bases);
}

/** A year's delområden; the latest when the year is not in the data. */
export function areasOfYear(dataset: IndicatorDataset, year: number | null): AreaValues[] {
  return (year !== null && dataset.byYear.get(year)) || dataset.areas;
}

/** Codes in rank order; areas without an index last, alphabetically. */
export function rankOrder(areas: readonly AreaValues[], scores: readonly AreaScore[]): string[] {
  const nameOf = new Map(areas.map((a) => [a.code, a.name]));
  return scores
    .slice()
    .sort((a, b) => {
      if (a.rank !== null && b.rank !== null && a.rank !== b.rank) return a.rank - b.rank;
      if (a.rank === null !== (b.rank === null)) return a.rank === null ? 1 : -1;
      return swedishCollator.compare(nameOf.get(a.code) ?? '', nameOf.get(b.code) ?? '');
    })
    .map((s) => s.code);
}

export function classesFor(
  result: IndexResult,
  method: Classification['method'],
  fixedReference: IndexResult | null,
): { classification: Classification | null; classByCode: Map<string, number | null> } {
  const reference = fixedReference ?? result;
  const classification = classify(
    reference.scores.map((s) => s.index),
    method,
  );
  const classByCode = new Map(
    result.scores.map((s) => [s.code, classification ? classOf(s.index, classification) : null]),
  );
  return { classification, classByCode };
}

export function mediansOf(areas: readonly AreaValues[], variables: readonly VariableDefinition[]): Record<string, number | null> {
  return Object.fromEntries(variables.map((v) => [v.key, median(areas.map((a) => a.values[v.key] ?? null))]));
}
