import { isTie } from '../rank.ts';

/**
 * Competition ranks (1 = highest score, ties share) for one Monte Carlo
 * sample, without allocating. `order` holds the previous sample's order and is
 * updated in place: consecutive samples are similar, so insertion sort from
 * the last order does little work for the few hundred areas of a city; large
 * synthetic sets use the built-in sort instead.
 */
export function rankScores(scores: Float64Array, order: Uint32Array, ranks: Uint32Array): void {
  const n = scores.length;
  if (n <= 512) {
    for (let i = 1; i < n; i++) {
      const item = order[i];
      const s = scores[item];
      let j = i - 1;
      while (j >= 0 && scores[order[j]] < s) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = item;
    }
  } else {
    order.sort((a, b) => scores[b] - scores[a]);
  }
  for (let k = 0; k < n; k++) {
    const i = order[k];
    ranks[i] = k > 0 && isTie(scores[i], scores[order[k - 1]]) ? ranks[order[k - 1]] : k + 1;
  }
}
