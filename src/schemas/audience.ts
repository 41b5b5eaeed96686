import { z } from 'astro/zod';

/** Who a module or lesson is written for. */
export const audienceSchema = z.enum(['new-hire', 'manager'], { error: 'is not an audience: use new-hire or manager' });
export type Audience = z.infer<typeof audienceSchema>;

/** One or more audiences, without repeats. */
export const audiencesSchema = z
  .array(audienceSchema, { error: 'say who it is for, e.g. audience: [new-hire, manager]' })
  .min(1, 'name at least one audience: new-hire, manager')
  .refine((list) => new Set(list).size === list.length, 'lists an audience twice');
