import * as z from 'zod/mini';
import { daySchema, instantSchema } from '../progress/schema.ts';

export { daySchema };

// What assignment and report links carry. zod/mini, as these ship to the browser. Keys are one or two
// letters because they travel in a URL; each is named here. Limits match the progress record's.

/** A lesson slug: lower-case words and hyphens. */
export const slugSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(120));

const text = (max: number) => z.string().check(z.maxLength(max));
const title = z.string().check(
  z.minLength(1),
  z.maxLength(200),
  z.refine((s) => s.trim().length > 0, 'empty'),
);

export const MAX_ITEMS = 100;
const unique = (xs: readonly string[]) => new Set(xs).size === xs.length;

/** An assignment, as its link carries it (format a1). */
export const assignmentPayloadSchema = z.strictObject({
  /** Title. */
  t: title,
  /** Items: lesson slugs, in course order, each once. */
  i: z.array(slugSchema).check(z.minLength(1), z.maxLength(MAX_ITEMS), z.refine(unique, 'a lesson appears twice')),
  /** Created at: tells apart two assignments that say the same thing at different times. */
  c: instantSchema,
  /** Due day, if any. */
  d: z.optional(daySchema),
  /** By: who assigned it. */
  b: z.optional(text(100)),
  /** Team name. */
  m: z.optional(text(100)),
  /** Note to the learners. */
  n: z.optional(text(1000)),
});
export type AssignmentPayload = z.infer<typeof assignmentPayloadSchema>;

const percent = z.number().check(z.int(), z.minimum(0), z.maximum(100));

/** One assigned lesson in a report. */
export const reportItemSchema = z.strictObject({
  /** Lesson slug. */
  s: slugSchema,
  /** Completed at, when the lesson is complete. */
  c: z.optional(instantSchema),
  /** Reports made before role-play and check scores were kept apart: one blended best score, a whole percentage. */
  p: z.optional(percent),
  /** Role-play: best score, a whole percentage. */
  r: z.optional(percent),
  /** Check: best score, a whole percentage. */
  k: z.optional(percent),
  /** Check: passed (1) or not yet (0). */
  q: z.optional(z.union([z.literal(0), z.literal(1)])),
});

/** A learner's completion report (format r1): self-reported, and the Team page says so. */
export const reportPayloadSchema = z.strictObject({
  /** Assignment id. */
  a: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Assignment title. */
  t: title,
  /** Learner id: random, made once per browser, so two people with the same name stay two rows. */
  l: z.optional(z.string().check(z.regex(/^[a-z0-9]{8,32}$/))),
  /** Learner's name, as they typed it. */
  n: z.string().check(
    z.minLength(1),
    z.maxLength(100),
    z.refine((s) => s.trim().length > 0, 'empty'),
  ),
  /** Made at. */
  at: instantSchema,
  /** Due day of the assignment, if any. */
  d: z.optional(daySchema),
  /** Team name, if any. */
  m: z.optional(text(100)),
  /** Every assigned lesson, done or not. */
  i: z.array(reportItemSchema).check(
    z.minLength(1),
    z.maxLength(MAX_ITEMS),
    z.refine((xs) => unique(xs.map((x) => x.s)), 'a lesson appears twice'),
  ),
});
export type ReportPayload = z.infer<typeof reportPayloadSchema>;
export type ReportItem = z.infer<typeof reportItemSchema>;
