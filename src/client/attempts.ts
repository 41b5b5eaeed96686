import type { Attempt } from '../lib/progress/schema.ts';
import type { SaveResult } from '../lib/progress/store.ts';
import { recordAttempt } from '../lib/progress/update.ts';
import { nowInstant, progressStore } from './progress.ts';

export interface FinishedActivity {
  lesson: string;
  activity: string;
  lessonActivities: readonly string[];
  score: number;
  max: number;
  path: string[];
  practice: boolean;
  seed?: string;
  traps?: string[];
  passed?: boolean;
}

/** Saves one finished role-play or check through the page's progress store (which never throws). */
export function saveAttempt(done: FinishedActivity): Promise<SaveResult> {
  const at = nowInstant();
  const attempt: Attempt = {
    id: `${at}-${Math.random().toString(36).slice(2, 8)}`,
    at,
    score: done.score,
    max: Math.max(1, done.max),
    path: done.path.slice(0, 100),
    ...(done.practice ? { practice: true } : {}),
    ...(done.seed !== undefined && { seed: done.seed.slice(0, 40) }),
    ...(done.traps !== undefined && { traps: done.traps.slice(0, 100) }),
    ...(done.passed !== undefined && { passed: done.passed }),
  };
  return progressStore().update((p) =>
    recordAttempt(p, { lesson: done.lesson, activity: done.activity, attempt, lessonActivities: done.lessonActivities }, at),
  );
}
