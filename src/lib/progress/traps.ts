import { TRAPS, type Trap } from '../roleplay/traps.ts';
import type { Progress } from './schema.ts';

export interface TrapCount {
  trap: Trap;
  /** Weaker replies of this kind, across every kept run. */
  count: number;
  /** Slug of the lesson that works on this habit. */
  lesson: string;
}

const isTrap = (id: string): id is Trap => Object.hasOwn(TRAPS, id);

/** The learner's most frequent habits across all their role-play runs, most frequent first (ties by name). */
export function topTraps(p: Progress, limit = 3): TrapCount[] {
  const counts = new Map<Trap, number>();
  for (const activity of Object.values(p.activities)) {
    for (const attempt of activity.attempts) {
      for (const trap of attempt.traps ?? []) if (isTrap(trap)) counts.set(trap, (counts.get(trap) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, limit)
    .map(([trap, count]) => ({ trap, count, lesson: TRAPS[trap].lesson }));
}
