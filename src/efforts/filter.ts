import { overlaps } from './ageRange.ts';
import type { Effort } from './types.ts';

export interface EffortFilter {
  /** Types to hide; every other type shows. */
  hiddenTypes: readonly string[];
  /** Responsible or partner; null = all. */
  department: string | null;
  /** Target ages that must be reached; null = all. */
  ages: [number, number] | null;
  /** Start year range, inclusive; null ends are open. Efforts without a year always show. */
  fromYear: number | null;
  toYear: number | null;
}

export const NO_FILTER: EffortFilter = { hiddenTypes: [], department: null, ages: null, fromYear: null, toYear: null };

export function matchesFilter(effort: Effort, filter: EffortFilter): boolean {
  if (filter.hiddenTypes.includes(effort.type)) return false;
  if (filter.department && effort.owner !== filter.department && !effort.partners.includes(filter.department)) return false;
  if (filter.ages && !overlaps(effort.target, filter.ages[0], filter.ages[1])) return false;
  if (effort.startYear !== null) {
    if (filter.fromYear !== null && effort.startYear < filter.fromYear) return false;
    if (filter.toYear !== null && effort.startYear > filter.toYear) return false;
  }
  return true;
}

/** Every actor named as responsible or partner, sorted Swedish-style. */
export function departmentsOf(efforts: readonly Effort[]): string[] {
  const all = new Set(efforts.flatMap((e) => [e.owner, ...e.partners]));
  return [...all].sort(new Intl.Collator('sv').compare);
}

export function typesOf(efforts: readonly Effort[]): string[] {
  return [...new Set(efforts.map((e) => e.type))].sort(new Intl.Collator('sv').compare);
}
