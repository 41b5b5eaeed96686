/** One search's hits, as Pagefind scores them. */
export interface Hit<T> {
  id: string;
  score: number;
  item: T;
}

/** A page found by one or more words of the query. */
export interface Scored<T> {
  item: T;
  /** Share of the query's meaning the page holds: the rarity of the words it has over that of all the words (0 to 1). */
  coverage: number;
  /** Pagefind's scores for the words it has, added up. */
  score: number;
}

/**
 * A search for each word of a query, merged: a page need not hold every word (a worker's question often has
 * one the course never uses). A word found on few pages says more about what the learner wants than one found
 * everywhere ("interrupting" against "customer"), so each word counts by its rarity; a word found nowhere is
 * the rarest of all, so a page that answers the rest still covers only part of the question. Pages covering
 * more come first, then the higher score; stable for equal pages.
 */
export function scoreByTerm<T>(perTerm: readonly (readonly Hit<T>[])[]): Scored<T>[] {
  const widest = Math.max(1, ...perTerm.map((hits) => hits.length));
  const rarity = perTerm.map((hits) => Math.log(1 + widest / Math.max(1, hits.length)) + (hits.length === 0 ? Math.log(2) : 0));
  const total = rarity.reduce((a, b) => a + b, 0) || 1;
  const merged = new Map<string, { item: T; weight: number; score: number; first: number }>();
  let order = 0;
  perTerm.forEach((hits, t) => {
    for (const hit of hits) {
      const seen = merged.get(hit.id);
      if (seen) {
        seen.weight += rarity[t]!;
        seen.score += hit.score;
      } else merged.set(hit.id, { item: hit.item, weight: rarity[t]!, score: hit.score, first: order++ });
    }
  });
  return [...merged.values()]
    .sort((a, b) => b.weight - a.weight || b.score - a.score || a.first - b.first)
    .map((m) => ({ item: m.item, coverage: m.weight / total, score: m.score }));
}
