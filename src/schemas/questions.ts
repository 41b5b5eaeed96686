import { z } from 'astro/zod';

/**
 * Everyday questions a page answers, in a learner's own words, or situations told the way a worker types them ("Parcel
 * never came and the customer is fuming."); shown on the page and weighted in search.
 */
export const questionsSchema = (what: 'lesson' | 'card') =>
  z
    .array(z.string().min(8).max(120).regex(/[?.]$/, 'end each question with a question mark, or a situation told with a full stop'), {
      error: `list 2 to 10 questions the ${what} answers, in a learner's words`,
    })
    .min(2, `list at least 2 questions the ${what} answers`)
    .max(10, 'list at most 10 questions');
