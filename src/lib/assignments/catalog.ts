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
  href: string;
  /** Part of onboarding: a module for new hires (the managers' module is not). */
  newHire: boolean;
  lessons: CatalogLesson[];
}

/** Where the build writes the catalogue (src/pages/data/catalog.json.ts); islands fetch it once per page. */
export const CATALOG_URL = '/data/catalog.json';

export const catalogOf = (course: Course): CatalogModule[] =>
  course.modules.map((m) => ({
    id: m.id,
    title: m.title,
    href: m.href,
    newHire: m.audience.includes('new-hire'),
    lessons: m.lessons.map((l) => ({ slug: l.slug, title: l.title, minutes: l.minutes, href: l.href })),
  }));

/** Every lesson by slug, for lookups. */
export const lessonIndex = (modules: readonly CatalogModule[]) =>
  new Map(modules.flatMap((m) => m.lessons.map((l) => [l.slug, l] as const)));

const isText = (v: unknown): v is string => typeof v === 'string';
const isLesson = (v: unknown): v is CatalogLesson =>
  typeof v === 'object' &&
  v !== null &&
  isText((v as CatalogLesson).slug) &&
  isText((v as CatalogLesson).title) &&
  isText((v as CatalogLesson).href) &&
  Number.isFinite((v as CatalogLesson).minutes);

/** Whether fetched JSON is a catalogue this code can use (a stale or broken file is not). */
export const isCatalog = (v: unknown): v is CatalogModule[] =>
  Array.isArray(v) &&
  v.every(
    (m: unknown) =>
      typeof m === 'object' &&
      m !== null &&
      isText((m as CatalogModule).id) &&
      isText((m as CatalogModule).title) &&
      isText((m as CatalogModule).href) &&
      typeof (m as CatalogModule).newHire === 'boolean' &&
      Array.isArray((m as CatalogModule).lessons) &&
      (m as CatalogModule).lessons.every(isLesson),
  );
