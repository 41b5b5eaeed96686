import { escapeRegExp } from './synonyms.ts';

/** One search's hits, as Pagefind scores them. */
export interface Hit<T> {
  id: string;
  score: number;
  item: T;
}

const SUFFIX = /(?:ing|ed|es|er|ly|s)$/;
/** A word's stem for matching: common endings off, at least four letters kept ("calling" → "call"). */
export const stem = (word: string) => {
  const lower = word.toLowerCase();
  const cut = lower.replace(/ies$/, 'y').replace(SUFFIX, '');
  // "saying", "paying", "seeing": a three-letter verb before -ing is the word itself ("say"), not a fragment.
  if (cut.length === 3 && lower.endsWith('ing')) return cut;
  return cut.length >= 4 ? cut : lower.slice(0, Math.max(4, cut.length));
};

// A search tests each of its words against every page's text and answer lines: compile each word's pattern once.
const patterns = new Map<string, RegExp>();

/** Whether a text has a word starting with the term's stem: a real match, not one of Pagefind's near misses. */
export function hasTerm(text: string, term: string): boolean {
  let pattern = patterns.get(term);
  if (!pattern) {
    if (patterns.size >= 500) patterns.clear();
    // One pattern test over the text (not a split into words).
    pattern =
      term.length <= 3
        ? new RegExp(`(?<![\\p{L}\\p{N}'])${escapeRegExp(term.toLowerCase())}(?![\\p{L}\\p{N}'])`, 'iu')
        : new RegExp(`(?<![\\p{L}\\p{N}'])${escapeRegExp(stem(term))}`, 'iu');
    patterns.set(term, pattern);
  }
  return pattern.test(text);
}

/**
 * How much each word of a query says: a word found on few pages says more about what the learner wants than
 * one found everywhere ("interrupting" against "customer"); a word the course does not have at all (Pagefind
 * then returns near misses) says the most, so pages that answer the rest still answer only part of the question.
 */
export function termWeights(perTerm: readonly { count: number; known: boolean }[]): number[] {
  const widest = Math.max(1, ...perTerm.map((t) => t.count));
  return perTerm.map((t) => (t.known ? Math.log(1 + widest / Math.max(1, t.count)) : Math.log(1 + widest) + Math.log(2)));
}

/** A page found by one or more words of the query, with how strongly it matches them, weighted by what each says. */
export interface Merged<T> {
  item: T;
  score: number;
}

/**
 * Every page found by any word, strongest first, by Pagefind's scores for the words it has added up: they already
 * weigh a word by how rare it is and by where it sits (a title or a listed question counts more than the text).
 */
export function mergeHits<T>(perTerm: readonly (readonly Hit<T>[])[]): Merged<T>[] {
  const merged = new Map<string, { item: T; score: number; first: number }>();
  let order = 0;
  for (const hits of perTerm) {
    for (const hit of hits) {
      const seen = merged.get(hit.id);
      if (seen) seen.score += hit.score;
      else merged.set(hit.id, { item: hit.item, score: hit.score, first: order++ });
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score || a.first - b.first).map(({ item, score }) => ({ item, score }));
}

/** Share of the query's weight whose words the page's text really has (0 to 1). */
export function coverage(text: string, terms: readonly string[], weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  return terms.reduce((sum, term, i) => sum + (hasTerm(text, term) ? (weights[i] ?? 0) : 0), 0) / total;
}

/**
 * How closely one line of a page's own answer (its title, summary, line to say, or one listed question) says what was
 * asked: the most of the question's words any one line has, and the largest share of the question's weight.
 */
export function bestLine(lines: readonly string[], terms: readonly string[], weights: readonly number[]): { words: number; share: number } {
  const total = weights.reduce((a, b) => a + b, 0);
  let most = 0;
  let share = 0;
  for (const line of lines) {
    const has = terms.map((term) => hasTerm(line, term));
    most = Math.max(most, has.filter(Boolean).length);
    if (total > 0) share = Math.max(share, has.reduce((sum, yes, i) => sum + (yes ? (weights[i] ?? 0) : 0), 0) / total);
  }
  return { words: most, share };
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[\p{L}\p{N}']+/gu) ?? [];

/**
 * How many two-word phrases of the question the page's text has as phrases ("calm down", "off script",
 * "repeat business"): a page that says what was asked in the same words answers it more closely than one
 * that has the words apart. Only pairs of words that carry meaning count (not "allowed to").
 */
export function phraseMatches(text: string, query: string, isFiller: (word: string) => boolean): number {
  const q = words(query);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < q.length; i++) if (!isFiller(q[i]!) && !isFiller(q[i + 1]!)) pairs.add(`${q[i]} ${q[i + 1]}`);
  if (pairs.size === 0) return 0;
  const t = words(text);
  const have = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) have.add(`${t[i]} ${t[i + 1]}`);
  return [...pairs].filter((p) => have.has(p)).length;
}

/** The words of a query with one word per stem ("caller" and "calling" would count the same idea twice). */
export const distinctStems = (terms: readonly string[]) => terms.filter((t, i) => terms.findIndex((u) => stem(u) === stem(t)) === i);
