import { wordPattern, type Groups } from './synonyms.ts';

/**
 * A worker's words put into the course's own: each word or phrase of a synonym group found in the query (the
 * longest first, so "money back" wins over "back") is replaced by the group's first word, the one the course's
 * pages use, so they rank by how they really use it. (Adding the group's words to the index as well was tried:
 * it ranked worse on every question set in test/search/.)
 */
export function toCourseWords(query: string, groups: Groups): string {
  let text = ` ${query.toLowerCase().replace(/[’‘]/g, "'")} `;
  for (const { pattern, head } of replacementsOf(groups)) text = text.replace(pattern, head);
  return text.trim();
}

// The same groups serve every keystroke: their patterns, longest word first, are made once.
const made = new WeakMap<Groups, { pattern: RegExp; head: string }[]>();
function replacementsOf(groups: Groups) {
  let found = made.get(groups);
  if (!found) {
    found = groups
      .flatMap((group) => group.slice(1).map((word) => ({ word, head: group[0]! })))
      .filter((e) => e.word !== e.head)
      .sort((a, b) => b.word.length - a.word.length)
      .map(({ word, head }) => ({ pattern: wordPattern(word), head }));
    made.set(groups, found);
  }
  return found;
}
