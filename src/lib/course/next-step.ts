import { myAssignments } from '../assignments/learner.ts';
import { lessonStatus } from '../progress/status.ts';
import type { Progress } from '../progress/schema.ts';
import { own } from '../progress/own.ts';

/** Where a learner goes after finishing a lesson: the next lesson of an assignment, or of the course. */
export type NextStep = { via: 'assignment'; slug: string; assignment: { id: string; title: string } } | { via: 'course'; slug: string };

/**
 * After `slug`: when an open assignment holds it, that assignment's next unfinished lesson (the soonest due
 * first); else the course's next lesson, `courseNext`. Undefined at the end of everything.
 */
export function nextAfter(p: Progress, slug: string, courseNext: string | undefined, today: string): NextStep | undefined {
  for (const view of myAssignments(p, today)) {
    const { items } = view.assignment;
    if (!items.includes(slug)) continue;
    const open = (s: string) => s !== slug && lessonStatus(p, s) !== 'complete';
    const after = items.slice(items.indexOf(slug) + 1).find(open) ?? items.find(open);
    if (after) return { via: 'assignment', slug: after, assignment: { id: view.assignment.id, title: view.assignment.title } };
  }
  return courseNext === undefined ? undefined : { via: 'course', slug: courseNext };
}

/** How many of these lessons are complete. */
export const completeCount = (p: Progress, slugs: readonly string[]) => slugs.filter((s) => lessonStatus(p, s) === 'complete').length;

/** The latest completion among these lessons (they are all complete), for a certificate's dates. */
export function finishedOn(p: Progress, slugs: readonly string[]): string | undefined {
  const dates = slugs.map((s) => own(p.lessons, s)?.completion?.at).filter((d) => d !== undefined);
  return dates.length === slugs.length ? dates.sort().at(-1) : undefined;
}
