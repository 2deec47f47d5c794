import { zScore } from '../index/normalise.ts';
import type { AreaValues } from '../index/types.ts';

export interface ComparisonGroup {
  /** Chosen areas, most similar first. */
  codes: string[];
  /** Each one's distance to the nearest area of the set (in SDs). */
  distances: Map<string, number>;
  /** Which set area each is nearest to. */
  nearest: Map<string, string>;
}

/**
 * The areas not in the set that were most like it in the year of the choice:
 * each variable is turned into z-scores over all areas that year, and an
 * area's distance is the Euclidean distance to the nearest area of the set.
 * The `size` smallest distances form the group. Areas missing any of the
 * variables cannot be compared and are left out. Ties go by code, so the
 * group is the same on every computer.
 */
export function comparisonGroup(areas: readonly AreaValues[], set: ReadonlySet<string>, keys: readonly string[], size: number): ComparisonGroup {
  const columns = keys.map((k) => zScore(areas.map((a) => a.values[k] ?? null)));
  const vectors = new Map<string, number[]>();
  areas.forEach((a, i) => {
    const v = columns.map((c) => c[i]);
    if (v.every((x) => x !== null)) vectors.set(a.code, v as number[]);
  });
  const members = [...set].filter((c) => vectors.has(c));
  const candidates: { code: string; distance: number; nearest: string }[] = [];
  for (const [code, v] of vectors) {
    if (set.has(code) || members.length === 0) continue;
    let best = Infinity;
    let nearest = '';
    for (const m of members) {
      const w = vectors.get(m)!;
      const d = Math.sqrt(v.reduce((sum, x, j) => sum + (x - w[j]) ** 2, 0));
      if (d < best || (d === best && m < nearest)) [best, nearest] = [d, m];
    }
    candidates.push({ code, distance: best, nearest });
  }
  candidates.sort((a, b) => a.distance - b.distance || (a.code < b.code ? -1 : 1));
  const chosen = candidates.slice(0, Math.max(0, size));
  return {
    codes: chosen.map((c) => c.code),
    distances: new Map(chosen.map((c) => [c.code, c.distance])),
    nearest: new Map(chosen.map((c) => [c.code, c.nearest])),
  };
}
