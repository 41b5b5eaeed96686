import { z } from 'astro/zod';
import { audiencesSchema } from './audience.ts';
import { slugSchema } from './slug.ts';
import { questionsSchema } from './questions.ts';
import { sourceSchema } from './source.ts';

/** Frontmatter of a lesson: one MDX file in content/lessons/<module>/. */
export const lessonSchema = z.strictObject({
  /** Title shown as the page heading and in lists. */
  title: z.string({ error: 'give the lesson a title' }).min(3).max(80),
  /** One sentence shown in lists and as the page's meta description. */
  summary: z.string({ error: 'give a one-sentence summary' }).min(20).max(200),
  /** Id of the module the lesson belongs to; must match the folder it sits in. */
  module: slugSchema,
  /** Position within its module, starting at 1; unique within the module. */
  order: z.number({ error: 'give the position in the module as a whole number, e.g. order: 2' }).int().positive(),
  /** Who the lesson is for. */
  audience: audiencesSchema,
  /** What the learner can do afterwards: two to four, each a short sentence. */
  objectives: z
    .array(z.string().min(10).max(160), { error: 'list what the learner will be able to do' })
    .min(2, 'list at least 2 objectives')
    .max(4, 'list at most 4 objectives: split the lesson if it teaches more'),
  /** Everyday questions the lesson answers, in a learner's words; shown on the page and weighted in search. */
  questions: questionsSchema('lesson'),
  /** Topic words for search and filtering. */
  tags: z.array(slugSchema).max(10).default([]),
  /** Date of the last meaningful change, as YYYY-MM-DD. */
  updated: z.coerce.date({ error: 'give the date of the last change as YYYY-MM-DD' }),
  /** Works cited for the facts and figures in the lesson. */
  sources: z.array(sourceSchema).default([]),
});
export type LessonData = z.infer<typeof lessonSchema>;
