import { orient } from './direction.ts';
import { normalisers } from './normalise.ts';
import { referenceNormaliser } from './referenceNormalise.ts';
import { rankDescending } from './rank.ts';
import type { AreaScore, AreaValues, IndexOptions, IndexResult } from './types.ts';
import { effectiveWeights } from './weights.ts';

/**
 * The need index: Σ wᵢ·zᵢ / Σ wᵢ over variables with weight > 0, where zᵢ is
 * the normalised, direction-adjusted value. An area missing any weighted
 * variable gets no index: a guessed value could move it into or out of the
 * prioritised areas without anyone seeing why.
 *
 * With `reference` (the areas of a reference year), each variable is
 * normalised against that year's spread instead of its own year's
 * (referenceNormalise.ts), so values compare across years.
 */
export function computeIndex(areas: readonly AreaValues[], options: IndexOptions, reference?: readonly AreaValues[]): IndexResult {
  const weights = effectiveWeights(options.settings);

  const normalisedByKey = new Map<string, (number | null)[]>();
  for (const setting of options.settings) {
    const oriented = orient(areas.map((a) => a.values[setting.key] ?? null), setting.direction);
    const normalise = reference
      ? referenceNormaliser(options.normalisation, orient(reference.map((a) => a.values[setting.key] ?? null), setting.direction))
      : normalisers[options.normalisation];
    normalisedByKey.set(setting.key, normalise(oriented));
  }
  const weighted = options.settings.filter((s) => weights[s.key] > 0);

  const partial = areas.map((area, i) => {
    const normalised: Record<string, number | null> = {};
    const contributions: Record<string, number | null> = {};
    const missing: string[] = [];
    let index = 0;
    for (const setting of options.settings) {
      const z = normalisedByKey.get(setting.key)![i];
      normalised[setting.key] = z;
      const w = weights[setting.key];
      if (w === 0) {
        contributions[setting.key] = z === null ? null : 0;
        continue;
      }
      if (z === null) {
        missing.push(setting.key);
        contributions[setting.key] = null;
      } else {
        contributions[setting.key] = w * z;
        index += w * z;
      }
    }
    const hasIndex = weighted.length > 0 && missing.length === 0;
    return { code: area.code, index: hasIndex ? index : null, normalised, contributions, missing };
  });

  const ranks = rankDescending(partial.map((p) => p.index));
  const scores: AreaScore[] = partial.map((p, i) => ({ ...p, rank: ranks[i] }));
  return weighted.length === 0
    ? { ok: false, reason: 'all-weights-zero', scores, effectiveWeights: weights }
    : { ok: true, scores, effectiveWeights: weights };
}
