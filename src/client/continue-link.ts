import { MARKS_KEY, continueFrom, readMarks } from '../lib/progress/marks.ts';

// The home page's main button: "Start here" for a newcomer; for a learner who has begun, the lesson to go on
// with. Only then is the course's lesson list fetched (the catalogue the link names in data-continue), so the
// page carries no course data.

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

const start = document.querySelector<HTMLAnchorElement>('a[data-continue]');
let marks;
try {
  marks = readMarks(localStorage.getItem(MARKS_KEY));
} catch {
  marks = undefined;
}
if (start?.dataset['continue'] && marks && marks.size > 0) {
  const saved = marks;
  courseLessons(start.dataset['continue'])
    .then((lessons) => {
      const slug = continueFrom(
        saved,
        lessons.map((l) => l.slug),
      );
      const target = lessons.find((l) => l.slug === slug);
      if (!target) return;
      start.href = target.href;
      start.textContent = `Continue where you left off: ${target.title}`;
    })
    .catch(() => undefined);
}
