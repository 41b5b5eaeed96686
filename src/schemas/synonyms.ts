import { z } from 'astro/zod';

/** A word or short phrase as a worker types it: lower case, letters, digits, spaces, hyphens and apostrophes. */
const term = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9' -]*$/, 'write each word in lower case (letters, digits, spaces, hyphens, apostrophes)');

/**
 * content/search/synonyms.yaml: groups of words a worker uses for the same thing, the course's own word first.
 * A word belongs to one group only: two groups sharing a word would join meanings that differ.
 */
export const synonymsSchema = z
  .array(z.array(term).min(2, 'a group needs at least two words'), { error: 'list groups of words, each as [word, other word, ...]' })
  .superRefine((groups, ctx) => {
    const seen = new Map<string, number>();
    groups.forEach((group, g) =>
      group.forEach((word, w) => {
        const other = seen.get(word);
        if (other !== undefined && other !== g)
          ctx.addIssue({
            code: 'custom',
            path: [g, w],
            message: `"${word}" is already in group ${other + 1}; a word belongs to one group`,
          });
        else seen.set(word, g);
      }),
    );
  });
export type SynonymGroups = z.infer<typeof synonymsSchema>;
