import { keepAttempts } from './attempts.ts';
import { isPass } from '../practice/pass-mark.ts';
import type { Assignment, Attempt, Instant, LessonProgress, Progress } from './schema.ts';
import { own } from './own.ts';

// Pure updates: each takes a record and returns a new one; `now` comes from the caller so tests are exact.

function touchLesson(p: Progress, slug: string, now: Instant): LessonProgress {
  const seen = own(p.lessons, slug);
  return seen ? { ...seen, lastVisit: seen.lastVisit > now ? seen.lastVisit : now } : { firstVisit: now, lastVisit: now };
}

export function recordVisit(p: Progress, slug: string, now: Instant): Progress {
  return { ...p, lessons: { ...p.lessons, [slug]: touchLesson(p, slug, now) } };
}

/** The learner's own mark at the end of a lesson (or its undoing). */
export function setComplete(p: Progress, slug: string, done: boolean, now: Instant): Progress {
  return { ...p, lessons: { ...p.lessons, [slug]: { ...touchLesson(p, slug, now), completion: { done, at: now } } } };
}

/**
 * An activity counts toward completing its lesson when a run that is not practice finished it: any ending
 * of a role-play; a check only at the pass mark.
 */
export function activityDone(activity: string, attempts: readonly Attempt[]): boolean {
  const counting = attempts.filter((a) => !a.practice);
  return activity.startsWith('check:') ? counting.some((a) => a.passed ?? isPass(a.score, a.max)) : counting.length > 0;
}

export interface AttemptInput {
  lesson: string;
  activity: string;
  attempt: Attempt;
  /** Every activity of the lesson: when each has a counting attempt, the lesson is complete. */
  lessonActivities: readonly string[];
}

export function recordAttempt(p: Progress, input: AttemptInput, now: Instant): Progress {
  const { lesson, activity, attempt, lessonActivities } = input;
  const previous = own(p.activities, activity)?.attempts ?? [];
  const activities = { ...p.activities, [activity]: { lesson, attempts: keepAttempts(previous, [attempt]) } };
  const lessonEntry = touchLesson(p, lesson, now);
  const allDone = lessonActivities.length > 0 && lessonActivities.every((id) => activityDone(id, activities[id]?.attempts ?? []));
  const completion = allDone && !lessonEntry.completion?.done ? { done: true, at: now } : lessonEntry.completion;
  return {
    ...p,
    activities,
    lessons: { ...p.lessons, [lesson]: completion ? { ...lessonEntry, completion } : lessonEntry },
  };
}

export function addAssignment(p: Progress, assignment: Assignment): Progress {
  if (own(p.assignments, assignment.id)) return p;
  return { ...p, assignments: { ...p.assignments, [assignment.id]: assignment } };
}
