// A worker types "supervisor" where the course says "manager", or "reciept" for "receipt". The index meets them
// half way: a page that uses a word of a synonym group also carries the group's other words, as often as it
// uses the group (up to a few times, so the page's own ranking for the word holds).

/** Groups of words that mean the same thing, the course's own word first (content/search/synonyms.yaml). */
export type Groups = readonly (readonly string[])[];

const MAX_REPEAT = 3;
/** Text to match literally inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Matches the word or phrase as a whole word, with any spacing or hyphen between its parts. */
export const wordPattern = (word: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${word
      .split(/[\s-]+/)
      .map(escapeRegExp)
      .join('[\\s-]+')}(?![\\p{L}\\p{N}])`,
    'giu',
  );

/** How many times a word or phrase occurs in a text, as a whole word, ignoring case. */
export const occurrences = (text: string, word: string) => text.match(wordPattern(word))?.length ?? 0;

/** A group's words as patterns, compiled once, and one pattern for "any of them" to skip the groups a page lacks. */
const compiled = new WeakMap<Groups, { any: RegExp; words: RegExp[] }[]>();
function patternsOf(groups: Groups) {
  let found = compiled.get(groups);
  if (!found) {
    found = groups.map((group) => ({
      any: new RegExp(group.map((word) => wordPattern(word).source).join('|'), 'iu'),
      words: group.map(wordPattern),
    }));
    compiled.set(groups, found);
  }
  return found;
}

/**
 * The words to add to a page's index: for each group the page uses, the group's words the page does not
 * have, each repeated as often as the page uses the group (at most three times). Empty when none applies.
 */
export function indexExtras(pageText: string, groups: Groups): string {
  const extras: string[] = [];
  patternsOf(groups).forEach(({ any, words }, g) => {
    // Most pages use few groups: one test skips the rest.
    if (!any.test(pageText)) return;
    const counts = words.map((pattern) => pageText.match(pattern)?.length ?? 0);
    const uses = Math.min(
      MAX_REPEAT,
      counts.reduce((a, b) => a + b, 0),
    );
    groups[g]!.forEach((word, i) => {
      if (counts[i] === 0) for (let n = 0; n < uses; n++) extras.push(word);
    });
  });
  return extras.join(' ');
}
