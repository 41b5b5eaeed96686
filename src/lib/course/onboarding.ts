import type { CatalogModule } from '../assignments/catalog.ts';
import type { Progress } from '../progress/schema.ts';
import { completeCount, finishedOn } from './next-step.ts';

/** One onboarding module as a certificate shows it. */
export interface OnboardingModule {
  title: string;
  href: string;
  done: number;
  total: number;
  /** When its last lesson was completed, once all are. */
  finishedOn: string | undefined;
}

/** The new-hire modules with the learner's progress in each; `complete` once every one is finished. */
export function onboarding(p: Progress, catalog: readonly CatalogModule[]): { modules: OnboardingModule[]; complete: boolean } {
  const modules = catalog
    .filter((m) => m.newHire)
    .map((m) => {
      const slugs = m.lessons.map((l) => l.slug);
      return { title: m.title, href: m.href, done: completeCount(p, slugs), total: slugs.length, finishedOn: finishedOn(p, slugs) };
    });
  return { modules, complete: modules.length > 0 && modules.every((m) => m.done === m.total) };
}
