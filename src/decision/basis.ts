import type { DecisionBasis } from './types.ts';

/** The data loaded now, as a decision's basis names it. */
export interface CurrentData {
  dataFile: string;
  vintage: string;
  variableKeys: readonly string[];
}

/**
 * Why a recorded decision does not rest on the data loaded now: another
 * file or vintage, or weighted variables the data lacks. The app then shows
 * the figures as recorded beside today's, never today's as if they were the
 * record's.
 */
export function basisMismatch(basis: DecisionBasis, current: CurrentData): { data: boolean; missingVariables: string[] } {
  const have = new Set(current.variableKeys);
  return {
    data: basis.dataFile !== current.dataFile || basis.vintage !== current.vintage,
    missingVariables: Object.keys(basis.weights).filter((k) => (basis.weights[k] ?? 0) > 0 && !have.has(k)),
  };
}

export const isMismatch = (m: ReturnType<typeof basisMismatch>) => m.data || m.missingVariables.length > 0;
