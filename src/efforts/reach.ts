import type { Effort } from './types.ts';

/**
 * Which delområden an effort reaches: those listed in `omraden`, the one its
 * point lies in, and those its polygon covers (joined once, when the file was
 * read). Citywide efforts reach every area equally, so they are listed apart
 * rather than counted per area.
 */
export function reachedAreas(effort: Effort): string[] {
  return effort.citywide ? [] : effort.reached;
}

/** Area code → the efforts that reach it, in file order. */
export function effortsByArea(efforts: readonly Effort[]): Map<string, Effort[]> {
  const byArea = new Map<string, Effort[]>();
  for (const effort of efforts) {
    for (const code of reachedAreas(effort)) {
      const list = byArea.get(code) ?? [];
      list.push(effort);
      byArea.set(code, list);
    }
  }
  return byArea;
}
