import { bestAttempt } from './attempts.ts';
import type { Attempt, Progress } from './schema.ts';
import { own } from './own.ts';

export type LessonStatus = 'not-started' | 'in-progress' | 'complete';

export const statusLabel: Record<LessonStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
};

export function lessonStatus(p: Progress, slug: string): LessonStatus {
  const lesson = own(p.lessons, slug);
  if (lesson?.completion?.done) return 'complete';
  return lesson ? 'in-progress' : 'not-started';
}

export interface ActivitySummary {
  id: string;
  best?: Attempt;
  attempts: number;
  last?: Attempt;
}

export function activitiesOfLesson(p: Progress, slug: string): ActivitySummary[] {
  return Object.entries(p.activities)
    .filter(([, a]) => a.lesson === slug)
    .map(([id, a]) => {
      const best = bestAttempt(a.attempts);
      const last = a.attempts.at(-1);
      return { id, attempts: a.attempts.length, ...(best && { best }), ...(last && { last }) };
    });
}

/**
 * Where "Continue where you left off" goes: the most recently visited unfinished lesson, else the first
 * lesson not started yet. Undefined for a learner with no progress, or one who has finished everything.
 */
export function continueAt(p: Progress, order: readonly string[]): string | undefined {
  if (!order.some((slug) => own(p.lessons, slug))) return undefined;
  const open = order.filter((slug) => lessonStatus(p, slug) === 'in-progress');
  const latest = open.sort((a, b) => (own(p.lessons, b)?.lastVisit ?? '').localeCompare(own(p.lessons, a)?.lastVisit ?? ''))[0];
  return latest ?? order.find((slug) => lessonStatus(p, slug) === 'not-started');
}
