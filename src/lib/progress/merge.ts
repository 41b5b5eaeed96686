import { keepAttempts } from './attempts.ts';
import type { Assignment, Completion, LessonProgress, Progress } from './schema.ts';
import { PROGRESS_VERSION } from './schema.ts';
import { own, setOwn } from './own.ts';
import { isFuture } from '../dates.ts';

const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

/**
 * The later change wins; at the same moment, "complete" wins, so a completion is never lost to a tie.
 * A change dated further ahead than clock skew explains never beats one made now (a wrong clock or a
 * crafted file must not lock a lesson until 2099).
 */
function mergeCompletion(a: Completion | undefined, b: Completion | undefined, now: string | undefined): Completion | undefined {
  if (!a || !b) return a ?? b;
  if (now !== undefined && isFuture(a.at, now) !== isFuture(b.at, now)) return isFuture(a.at, now) ? b : a;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return a.done ? a : b;
}

function mergeLesson(a: LessonProgress | undefined, b: LessonProgress | undefined, now: string | undefined): LessonProgress {
  if (!a || !b) return (a ?? b) as LessonProgress;
  const completion = mergeCompletion(a.completion, b.completion, now);
  const merged: LessonProgress = { firstVisit: min(a.firstVisit, b.firstVisit), lastVisit: max(a.lastVisit, b.lastVisit) };
  return completion ? { ...merged, completion } : merged;
}

/** The same assignment opened twice keeps the first time it was added. */
function mergeAssignment(a?: Assignment, b?: Assignment): Assignment {
  if (!a || !b) return (a ?? b) as Assignment;
  if (a.addedAt !== b.addedAt) return a.addedAt < b.addedAt ? a : b;
  return JSON.stringify(a) <= JSON.stringify(b) ? a : b;
}

/** Own keys only, so an id such as `constructor` is merged like any other (never read from the prototype). */
function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, each: (x?: T, y?: T) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    setOwn(out, key, each(own(a, key), own(b, key)));
  }
  return out;
}

/**
 * Combines two records of the same learner (two tabs, or an import). Commutative and idempotent;
 * a completion survives unless the other side unmarked the lesson later (and not in the future: `now`).
 */
export function mergeProgress(a: Progress, b: Progress, now?: string): Progress {
  return {
    version: PROGRESS_VERSION,
    lessons: mergeRecords(a.lessons, b.lessons, (x, y) => mergeLesson(x, y, now)),
    activities: mergeRecords(a.activities, b.activities, (x, y) => {
      if (!x || !y) return (x ?? y)!;
      return { lesson: x.lesson < y.lesson ? x.lesson : y.lesson, attempts: keepAttempts(x.attempts, y.attempts) };
    }),
    assignments: mergeRecords(a.assignments, b.assignments, mergeAssignment),
  };
}
