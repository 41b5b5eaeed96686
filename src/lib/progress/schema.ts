import * as z from 'zod/mini';
import { isRealDay, isRealInstant } from '../dates.ts';

// zod/mini keeps this schema small in the browser bundle: every page with progress marks loads it.

/** A moment, as `Date.prototype.toISOString()` writes it (UTC, milliseconds): sorts as text. A real date, 2000 to 2100. */
export const instantSchema = z.string().check(z.refine(isRealInstant, 'not a real date and time between 2000 and 2100'));
/** A calendar day, `YYYY-MM-DD`, that exists, 2000 to 2100. */
export const daySchema = z.string().check(z.refine(isRealDay, 'not a real date between 2000 and 2100'));
/** A lesson slug or an activity id: lower-case words and hyphens, with an optional `kind:` prefix. */
const idSchema = z.string().check(z.regex(/^(?:[a-z]+:)?[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(120));

/** Whether a lesson is complete, and when that last changed (the later change wins a merge). */
export const completionSchema = z.strictObject({
  done: z.boolean(),
  at: instantSchema,
});

export const lessonProgressSchema = z.strictObject({
  firstVisit: instantSchema,
  lastVisit: instantSchema,
  completion: z.optional(completionSchema),
});

/** More points than any activity could be worth. */
export const MAX_POINTS = 1000;

/** One finished try at a role-play or a knowledge check. */
export const attemptSchema = z
  .strictObject({
    /** Unique per attempt: the time it ended plus a random suffix. */
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    at: instantSchema,
    score: z.number().check(z.minimum(0)),
    /** A role-play or check is worth a few dozen points at most; a file claiming more was not made here. */
    max: z.number().check(z.positive(), z.maximum(MAX_POINTS)),
    /** The choices made, in order (ids of choices or answers). */
    path: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(100)),
    /** Taken with "step back": kept, but never the best score and never completes a lesson. */
    practice: z.optional(z.boolean()),
    /** The seed that ordered the replies or options, so a review shows what the learner saw. */
    seed: z.optional(z.string().check(z.maxLength(40))),
    /** Role-plays: the habits behind the weaker replies given (src/lib/roleplay/traps.ts). */
    traps: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(100))),
    /** Checks: whether the attempt reached the pass mark. */
    passed: z.optional(z.boolean()),
  })
  .check(z.refine((a) => a.score <= a.max, { message: 'score is more than the maximum', path: ['score'] }));

export const activityProgressSchema = z.strictObject({
  /** Slug of the lesson the activity belongs to. */
  lesson: idSchema,
  attempts: z.array(attemptSchema),
});

/** An assignment a manager sent, as added from its link (src/lib/assignments/). */
export const assignmentSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  title: z.string().check(z.maxLength(200)),
  /** Lesson slugs to finish. */
  items: z.array(idSchema),
  addedAt: instantSchema,
  due: z.optional(daySchema),
  by: z.optional(z.string().check(z.maxLength(100))),
  /** The team it was sent to, if the manager named one. */
  team: z.optional(z.string().check(z.maxLength(100))),
  note: z.optional(z.string().check(z.maxLength(1000))),
});

export const PROGRESS_VERSION = 2;

/** Everything a learner's browser keeps, under one localStorage key. */
export const progressSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  lessons: z.record(idSchema, lessonProgressSchema),
  activities: z.record(idSchema, activityProgressSchema),
  assignments: z.record(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)), assignmentSchema),
});

export type Instant = z.infer<typeof instantSchema>;
export type Completion = z.infer<typeof completionSchema>;
export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type ActivityProgress = z.infer<typeof activityProgressSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
export type Progress = z.infer<typeof progressSchema>;

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, lessons: {}, activities: {}, assignments: {} });
