/** One search's hits, as Pagefind scores them. */
export interface Hit<T> {
  id: string;
  score: number;
  item: T;
}

/**
 * When no page holds every word, a search for each word alone is merged. A word found on few
 * pages says more about what the learner wants than one found everywhere ("interrupting" against
 * "customer"), so each word counts by its rarity; pages with more rare words come first, then
 * the higher Pagefind score. Stable for equal pages.
 */
export function mergeByTerm<T>(perTerm: readonly (readonly Hit<T>[])[]): T[] {
  const widest = Math.max(1, ...perTerm.map((hits) => hits.length));
  const merged = new Map<string, { item: T; weight: number; score: number; first: number }>();
  let order = 0;
  for (const hits of perTerm) {
    const rarity = Math.log(1 + widest / Math.max(1, hits.length));
    for (const hit of hits) {
      const seen = merged.get(hit.id);
      if (seen) {
        seen.weight += rarity;
        seen.score += hit.score;
      } else merged.set(hit.id, { item: hit.item, weight: rarity, score: hit.score, first: order++ });
    }
  }
  return [...merged.values()].sort((a, b) => b.weight - a.weight || b.score - a.score || a.first - b.first).map((m) => m.item);
}
