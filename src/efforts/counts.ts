import { emptyRecord } from '../index/records.ts';
import type { Effort } from './types.ts';

export interface EffortCount {
  total: number;
  byType: Record<string, number>;
  /** Sum of the costs that are given. */
  knownCostKr: number;
  /** Efforts without a stated cost. */
  costUnknown: number;
  /** Efforts per 1,000 children 0–16; null without a child population. */
  perThousandChildren: number | null;
}

export function countEfforts(efforts: readonly Effort[], children: number | null): EffortCount {
  // Keyed by the file's effort types, so no prototype.
  const byType: Record<string, number> = emptyRecord();
  let knownCostKr = 0;
  let costUnknown = 0;
  for (const e of efforts) {
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    if (e.costKr === null) costUnknown++;
    else knownCostKr += e.costKr;
  }
  return {
    total: efforts.length,
    byType,
    knownCostKr,
    costUnknown,
    perThousandChildren: children && children > 0 ? (efforts.length / children) * 1000 : null,
  };
}
