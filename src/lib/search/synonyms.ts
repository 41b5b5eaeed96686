// A worker types "supervisor" where the course says "manager", or "reciept" for "receipt": search puts the
// worker's words into the course's own before searching (expand.ts).

/** Groups of words that mean the same thing, the course's own word first (content/search/synonyms.yaml). */
export type Groups = readonly (readonly string[])[];

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
