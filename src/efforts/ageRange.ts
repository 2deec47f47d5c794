import type { AgeRange } from './types.ts';

/** Oldest age we treat as "all ages". */
export const MAX_AGE = 120;

/**
 * Target groups as the city writes them: "0-6", "12–18", "16-29", "alla",
 * or a single age "8". Returns null for anything else, so the caller can
 * report the cell.
 */
export function parseAgeRange(raw: string): AgeRange | null {
  const label = raw.trim();
  if (label === '') return null;
  if (/^(alla|all)$/i.test(label)) return { label, min: 0, max: MAX_AGE };
  const range = /^(\d{1,3})\s*[-–]\s*(\d{1,3})$/.exec(label);
  if (range) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    return min <= max && max <= MAX_AGE ? { label, min, max } : null;
  }
  if (/^\d{1,3}$/.test(label) && Number(label) <= MAX_AGE) return { label, min: Number(label), max: Number(label) };
  return null;
}

/** Does the effort's target group include anyone in [min, max]? */
export function overlaps(target: AgeRange | null, min: number, max: number): boolean {
  if (!target) return true;
  return target.min <= max && target.max >= min;
}
