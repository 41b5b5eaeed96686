import { z } from 'astro/zod';

/** Everyday questions a page answers, in a learner's own words; shown on the page and weighted in search. */
export const questionsSchema = (what: 'lesson' | 'card') =>
  z
    .array(z.string().min(8).max(120).regex(/\?$/, 'end each question with a question mark'), {
      error: `list 2 to 6 questions the ${what} answers, in a learner's words`,
    })
    .min(2, `list at least 2 questions the ${what} answers`)
    .max(6, 'list at most 6 questions');
