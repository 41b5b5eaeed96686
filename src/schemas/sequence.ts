import { z } from 'astro/zod';
import { required } from './required.ts';
import { slugSchema } from './slug.ts';

/** One step of a taught sequence. */
export const sequenceStepSchema = z.strictObject({
  /** Short id, used by order questions (`steps: [hear, sorry]`). */
  id: slugSchema,
  /** The step as an instruction, e.g. "Say sorry for the business." */
  label: z
    .string({ error: required('give the step as a short instruction') })
    .min(3)
    .max(120),
  /** One sentence more, shown under the label. */
  detail: z
    .string({ error: required('add one sentence of detail') })
    .min(3)
    .max(300),
});

/**
 * A sequence the course teaches (apology, greeting, de-escalation...): one file in content/sequences/, the
 * single definition that cards, lessons (<Steps sequence="..." />) and order questions all use.
 */
export const sequenceSchema = z.strictObject({
  id: slugSchema,
  title: z
    .string({ error: required('give the sequence a title') })
    .min(3)
    .max(80),
  /** Slugs of the cards and lessons that teach it; each shows it with <Steps sequence="..." /> (a content test checks). */
  shownIn: z.array(slugSchema).min(1, 'name the card or lesson that teaches it'),
  steps: z
    .array(sequenceStepSchema)
    .min(3, 'a sequence has at least 3 steps')
    .max(9, 'a sequence has at most 9 steps')
    .refine((steps) => new Set(steps.map((s) => s.id)).size === steps.length, 'step ids must all differ'),
});
export type SequenceData = z.infer<typeof sequenceSchema>;
