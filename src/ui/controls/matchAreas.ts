/**
 * Forgiving search: case, diacritics and punctuation do not matter, so
 * "ortagarden" finds Örtagården and "sodra sofie" finds Södra Sofielund.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim();
}

export interface SearchItem {
  code: string;
  name: string;
}

/** Names starting with the query first, then names with a word starting with
 * it, then names containing it; alphabetical within each group. */
export function matchAreas<T extends SearchItem>(items: readonly T[], query: string, limit = 8): T[] {
  const q = foldForSearch(query);
  if (q === '') return [];
  const scored: { item: T; score: number; folded: string }[] = [];
  for (const item of items) {
    const folded = foldForSearch(item.name);
    const score = folded.startsWith(q) ? 0 : ` ${folded}`.includes(` ${q}`) ? 1 : folded.includes(q) ? 2 : -1;
    if (score >= 0 || item.code === query.trim()) scored.push({ item, score: Math.max(score, 0), folded });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.folded.localeCompare(b.folded, 'sv'))
    .slice(0, limit)
    .map((s) => s.item);
}
