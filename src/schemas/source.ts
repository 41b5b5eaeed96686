import { z } from 'astro/zod';

/** A work a lesson cites for a fact or figure. */
export const sourceSchema = z.strictObject({
  /** Title of the article, study or book. */
  title: z.string().min(3),
  /** Who wrote or published it (a person, firm or journal). */
  by: z.string().min(2),
  /** Year of publication, when known. */
  year: z.number().int().min(1900).max(2100).optional(),
  /** Web address, when there is a stable public one. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http or https address' }).optional(),
  /** What the lesson takes from it, in a few words. */
  note: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;
