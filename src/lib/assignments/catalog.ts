import type { Course } from '../course/structure.ts';

// The slice of the course the assignment pages hand to their islands: names, minutes and addresses only.

export interface CatalogLesson {
  slug: string;
  title: string;
  minutes: number;
  href: string;
}
export interface CatalogModule {
  id: string;
  title: string;
  lessons: CatalogLesson[];
}

export const catalogOf = (course: Course): CatalogModule[] =>
  course.modules.map((m) => ({
    id: m.id,
    title: m.title,
    lessons: m.lessons.map((l) => ({ slug: l.slug, title: l.title, minutes: l.minutes, href: l.href })),
  }));

/** Every lesson by slug, for lookups. */
export const lessonIndex = (modules: readonly CatalogModule[]) =>
  new Map(modules.flatMap((m) => m.lessons.map((l) => [l.slug, l] as const)));
