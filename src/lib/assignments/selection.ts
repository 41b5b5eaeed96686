// The manager's pick of lessons: whole modules or single lessons, always kept in course order.

export interface PickLesson {
  slug: string;
  title: string;
  minutes: number;
}
export interface PickModule<L extends PickLesson = PickLesson> {
  id: string;
  title: string;
  lessons: L[];
}

export type ModulePick = 'all' | 'some' | 'none';

export function modulePick(m: PickModule, selected: ReadonlySet<string>): ModulePick {
  const n = m.lessons.filter((l) => selected.has(l.slug)).length;
  return n === 0 ? 'none' : n === m.lessons.length ? 'all' : 'some';
}

/** A whole module in or out: a module partly picked becomes fully picked. */
export function toggleModule(m: PickModule, selected: ReadonlySet<string>): Set<string> {
  const next = new Set(selected);
  const all = modulePick(m, selected) === 'all';
  for (const l of m.lessons) {
    if (all) next.delete(l.slug);
    else next.add(l.slug);
  }
  return next;
}

export function toggleLesson(slug: string, selected: ReadonlySet<string>): Set<string> {
  const next = new Set(selected);
  if (next.has(slug)) next.delete(slug);
  else next.add(slug);
  return next;
}

/** The picked lessons in course order. */
export const pickedLessons = <L extends PickLesson>(modules: readonly PickModule<L>[], selected: ReadonlySet<string>): L[] =>
  modules.flatMap((m) => m.lessons.filter((l) => selected.has(l.slug)));

export const totalMinutes = (lessons: readonly PickLesson[]) => lessons.reduce((sum, l) => sum + l.minutes, 0);
