/**
 * Whether an area's place is robust to the weighting, in three words:
 * nearly always in the top N, nearly never, or it depends. The limits are
 * the outer classes of the probability map (src/map/probabilityColours.ts).
 */
export type Robustness = 'in' | 'out' | 'depends';

export const ROBUST_SHARE = 0.95;

export function robustness(pTop: number | null): Robustness | null {
  if (pTop === null) return null;
  if (pTop >= ROBUST_SHARE) return 'in';
  if (pTop <= 1 - ROBUST_SHARE) return 'out';
  return 'depends';
}
