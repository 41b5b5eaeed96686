import { MARKS_KEY, continueFrom, markOf, marksOf, readRecord, type Marks } from '../lib/progress/marks.ts';
import type { Progress } from '../lib/progress/schema.ts';

// The home page's main button, the one next thing: "Next in your assignment" when an assignment is open,
// else "Continue" with the lesson to go on with, else "Start here". Only a learner who has begun needs the
// course's lesson titles: the catalogue the link names in data-continue is fetched then, so the page carries
// no course data.

interface LessonLink {
  slug: string;
  title: string;
  href: string;
}

const isLessonLink = (l: Partial<LessonLink>): l is LessonLink =>
  typeof l.slug === 'string' && typeof l.title === 'string' && typeof l.href === 'string';

async function courseLessons(url: string): Promise<LessonLink[]> {
  const response = await fetch(url);
  const catalog: unknown = response.ok ? await response.json() : [];
  if (!Array.isArray(catalog)) return [];
  return (catalog as { lessons?: unknown }[])
    .flatMap((m) => (Array.isArray(m.lessons) ? (m.lessons as Partial<LessonLink>[]) : []))
    .filter(isLessonLink);
}

interface OpenAssignment {
  title: string;
  next: string;
  due: string;
}

/** The open assignment due soonest and its next unfinished lesson, read leniently from the saved record. */
function openAssignment(assignments: unknown, marks: Marks): OpenAssignment | undefined {
  if (typeof assignments !== 'object' || assignments === null) return undefined;
  const open = Object.values(assignments as Record<string, Partial<Progress['assignments'][string]>>).flatMap((a) => {
    const next = Array.isArray(a.items)
      ? a.items.find((slug) => typeof slug === 'string' && markOf(marks, slug) !== 'complete')
      : undefined;
    return next && typeof a.title === 'string' ? [{ title: a.title, next, due: typeof a.due === 'string' ? a.due : '9999' }] : [];
  });
  return open.sort((x, y) => x.due.localeCompare(y.due))[0];
}

const start = document.querySelector<HTMLAnchorElement>('a[data-continue]');
let record;
try {
  record = readRecord(localStorage.getItem(MARKS_KEY));
} catch {
  record = undefined;
}
const marks = record && marksOf(record['lessons'] as Progress['lessons']);
const assignment = record && marks && openAssignment(record['assignments'], marks);
if (start?.dataset['continue'] && marks && (marks.size > 0 || assignment)) {
  const saved = marks;
  courseLessons(start.dataset['continue'])
    .then((lessons) => {
      const slug =
        assignment?.next ??
        continueFrom(
          saved,
          lessons.map((l) => l.slug),
        );
      const target = lessons.find((l) => l.slug === slug);
      if (!target) return;
      start.href = target.href;
      start.textContent = assignment ? `Next in your assignment “${assignment.title}”: ${target.title}` : `Continue: ${target.title}`;
    })
    .catch(() => undefined);
}
