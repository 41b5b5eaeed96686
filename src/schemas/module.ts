import { z } from 'astro/zod';
import { audiencesSchema } from './audience.ts';
import { slugSchema } from './slug.ts';

/** A module: a themed group of lessons, one YAML file in content/modules/. */
export const moduleSchema = z.strictObject({
  /** Stable identifier, used in URLs and by lessons' `module` field; must equal the file name. */
  id: slugSchema,
  /** Short title shown in lists and headings. */
  title: z.string().min(3).max(80),
  /** One or two sentences on what the module teaches. */
  summary: z.string().min(20).max(300),
  /** Who the module is for. */
  audience: audiencesSchema,
  /** Position in the course, starting at 1; unique across modules. */
  order: z.number().int().positive(),
  /** One simple picture for the module (an emoji), shown on its card, its page and its lessons. */
  icon: z
    .string()
    .min(1)
    .max(8)
    .refine((s) => [...new Intl.Segmenter().segment(s)].length === 1, 'give one emoji as the icon')
    .optional(),
});
export type ModuleData = z.infer<typeof moduleSchema>;
