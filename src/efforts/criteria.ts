/**
 * The model's criteria for a kraftsamlande insats, from the city's documents:
 * at least two actors, a stated link to the UVAS outcome (young people not in
 * work or study), a preventive focus, and a minimum cost. The cost floor is a
 * setting: the social services department argued good efforts can cost less.
 */
export const DEFAULT_MIN_COST_KR = 1_000_000;

export type CriterionKey = 'actors' | 'uvas' | 'preventive' | 'cost';

export interface CriterionResult {
  key: CriterionKey;
  /** null = the data does not say. */
  met: boolean | null;
}

export interface ProposedEffort {
  owner: string;
  partners: readonly string[];
  uvasLink: string | null;
  preventive: boolean | null;
  costKr: number | null;
}

export function checkCriteria(effort: ProposedEffort, minCostKr: number): CriterionResult[] {
  const actors = new Set([effort.owner, ...effort.partners].map((a) => a.trim()).filter((a) => a !== ''));
  return [
    { key: 'actors', met: actors.size >= 2 },
    { key: 'uvas', met: effort.uvasLink === null ? null : effort.uvasLink.trim() !== '' },
    { key: 'preventive', met: effort.preventive },
    { key: 'cost', met: effort.costKr === null ? null : effort.costKr >= minCostKr },
  ];
}
