import { wordPattern, type Groups } from './synonyms.ts';

/**
 * A worker's words put into the course's own: each word or phrase of a synonym group found in the query (the
 * longest first, so "money back" wins over "back") is replaced by the group's first word, the one the course's
 * pages use, so they rank by how they really use it. (Adding the group's words to the index as well was tried:
 * it ranked worse on every question set in test/search/.)
 */
export function toCourseWords(query: string, groups: Groups): string {
  let text = ` ${query.toLowerCase().replace(/[’‘]/g, "'")} `;
  const entries = groups
    .flatMap((group) => group.slice(1).map((word) => ({ word, head: group[0]! })))
    .filter((e) => e.word !== e.head)
    .sort((a, b) => b.word.length - a.word.length);
  for (const { word, head } of entries) text = text.replace(wordPattern(word), head);
  return text.trim();
}
