import type { AreaValues } from '../index/types.ts';

export interface ChildCount {
  /** Children 0–16 living in the set. */
  children: number;
  /** …of all Malmö's children. */
  shareOfChildren: number | null;
  /** Per need variable: estimated children in such households in the set,
   * in Malmö, and the set's share of them; `unknownInSet`: children in the
   * set's areas whose rate is suppressed, left out of both counts. */
  inNeed: { key: string; inSet: number; inMalmo: number; share: number | null; unknownInSet: number }[];
}

/**
 * Counts, not only rates. A child count in need is estimated as rate × the
 * area's children: the rates are shares of all residents, so this assumes
 * children are as likely as adults to live in such households (in reality
 * they are more likely, so the estimates are low). A set can hold the highest
 * rates and still leave most children in need outside it.
 */
export function childCounts(areas: readonly AreaValues[], set: ReadonlySet<string>, keys: readonly string[]): ChildCount {
  let inSetChildren = 0;
  let allChildren = 0;
  for (const a of areas) {
    if (a.children === null) continue;
    allChildren += a.children;
    if (set.has(a.code)) inSetChildren += a.children;
  }
  const inNeed = keys.map((key) => {
    let inSet = 0;
    let inMalmo = 0;
    let unknownInSet = 0;
    for (const a of areas) {
      const rate = a.values[key];
      if (a.children === null) continue;
      if (rate === null || rate === undefined) {
        if (set.has(a.code)) unknownInSet += a.children;
        continue;
      }
      const estimate = (rate / 100) * a.children;
      inMalmo += estimate;
      if (set.has(a.code)) inSet += estimate;
    }
    return { key, inSet, inMalmo, share: inMalmo > 0 ? inSet / inMalmo : null, unknownInSet };
  });
  return { children: inSetChildren, shareOfChildren: allChildren > 0 ? inSetChildren / allChildren : null, inNeed };
}
