import { lessonStatus, type LessonStatus } from '../progress/status.ts';
import type { Assignment, Progress } from '../progress/schema.ts';
import { dueState, type DueState } from './due.ts';

export interface AssignmentView {
  assignment: Assignment;
  items: { slug: string; status: LessonStatus }[];
  done: number;
  due: DueState;
}

/** Each of the learner's assignments with its lessons' status, soonest due first, finished ones last. */
export function myAssignments(p: Progress, today: string): AssignmentView[] {
  const views = Object.values(p.assignments).map((a): AssignmentView => {
    const items = a.items.map((slug) => ({ slug, status: lessonStatus(p, slug) }));
    const done = items.filter((i) => i.status === 'complete').length;
    return { assignment: a, items, done, due: dueState(a.due, today, done === items.length) };
  });
  const rank = (v: AssignmentView) => (v.due.kind === 'done' ? 2 : v.assignment.due ? 0 : 1);
  return views.sort(
    (x, y) =>
      rank(x) - rank(y) ||
      (x.assignment.due ?? '').localeCompare(y.assignment.due ?? '') ||
      x.assignment.addedAt.localeCompare(y.assignment.addedAt) ||
      x.assignment.id.localeCompare(y.assignment.id),
  );
}
