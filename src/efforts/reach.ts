import type { AreaLocator } from './areaLocator.ts';
import type { Effort } from './types.ts';

/**
 * Which delområden an effort reaches: those listed in `omraden`, the one its
 * point lies in, and those its polygon covers. Citywide efforts reach every
 * area equally, so they are listed apart rather than counted per area.
 */
export function reachedAreas(effort: Effort, locator: AreaLocator): string[] {
  if (effort.citywide) return [];
  const codes = new Set(effort.areaCodes);
  if (effort.point) {
    const code = locator.locate(effort.point);
    if (code) codes.add(code);
  }
  if (effort.polygon) for (const code of locator.covered(effort.polygon)) codes.add(code);
  return [...codes];
}

/** Area code → the efforts that reach it, in file order. */
export function effortsByArea(efforts: readonly Effort[], locator: AreaLocator): Map<string, Effort[]> {
  const byArea = new Map<string, Effort[]>();
  for (const effort of efforts) {
    for (const code of reachedAreas(effort, locator)) {
      const list = byArea.get(code) ?? [];
      list.push(effort);
      byArea.set(code, list);
    }
  }
  return byArea;
}
